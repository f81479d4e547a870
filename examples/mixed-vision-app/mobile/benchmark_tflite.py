"""Latency of the converted model with the lightweight TFLite interpreter (as on a device)."""

import time

import numpy as np
from tflite_runtime.interpreter import Interpreter


def median_latency_ms(model_path="mobile/assets/classifier.tflite", runs=100):
    interpreter = Interpreter(model_path=model_path, num_threads=2)
    interpreter.allocate_tensors()
    inp = interpreter.get_input_details()[0]
    x = np.random.rand(*inp["shape"]).astype(inp["dtype"])
    samples = []
    for _ in range(runs):
        interpreter.set_tensor(inp["index"], x)
        t0 = time.perf_counter()
        interpreter.invoke()
        samples.append((time.perf_counter() - t0) * 1000)
    return sorted(samples)[runs // 2]


if __name__ == "__main__":
    print(f"median latency: {median_latency_ms():.2f} ms")
