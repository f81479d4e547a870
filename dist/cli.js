#!/usr/bin/env node
var l={};console.log("hello cli");