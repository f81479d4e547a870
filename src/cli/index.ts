console.log("hello cli")
