"""PyTorch -> ONNX, the hand-off point between research and mobile."""

import numpy as np
import onnx
import onnxruntime as ort
import torch

from research.model import IMAGE_SIZE, load_checkpoint


def export(checkpoint="checkpoints/best.pt", out="build/classifier.onnx"):
    model = load_checkpoint(checkpoint)
    dummy = torch.randn(1, 3, IMAGE_SIZE, IMAGE_SIZE)
    torch.onnx.export(
        model,
        dummy,
        out,
        opset_version=15,
        input_names=["image"],
        output_names=["logits"],
        dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}},
    )
    onnx.checker.check_model(onnx.load(out))
    session = ort.InferenceSession(out, providers=["CPUExecutionProvider"])
    got = session.run(None, {"image": dummy.numpy()})[0]
    np.testing.assert_allclose(got, model(dummy).detach().numpy(), rtol=1e-3, atol=1e-4)
    return out


if __name__ == "__main__":
    print(export())
