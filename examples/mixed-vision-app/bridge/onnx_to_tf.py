"""ONNX -> TensorFlow SavedModel, so that the mobile build can use the TFLite converter."""

import onnx
from onnx_tf.backend import prepare


def convert(onnx_path="build/classifier.onnx", saved_model_dir="build/saved_model"):
    tf_rep = prepare(onnx.load(onnx_path))
    tf_rep.export_graph(saved_model_dir)
    return saved_model_dir


if __name__ == "__main__":
    print(convert())
