"""SavedModel -> dynamic-range quantized TFLite model for the Android app."""

import pathlib

import tensorflow as tf


def convert(saved_model_dir="build/saved_model", out="mobile/assets/classifier.tflite"):
    converter = tf.lite.TFLiteConverter.from_saved_model(saved_model_dir)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    tflite_model = converter.convert()
    path = pathlib.Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(tflite_model)
    return path


if __name__ == "__main__":
    p = convert()
    print(f"{p}: {p.stat().st_size / 1024:.0f} KiB")
