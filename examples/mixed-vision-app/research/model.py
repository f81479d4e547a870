"""MobileNetV3 fine-tuned for 5 product categories."""

import torch
from torch import nn
from torchvision.models import MobileNet_V3_Small_Weights, mobilenet_v3_small

NUM_CLASSES = 5
IMAGE_SIZE = 224


def build_model(pretrained=True):
    weights = MobileNet_V3_Small_Weights.DEFAULT if pretrained else None
    model = mobilenet_v3_small(weights=weights)
    in_features = model.classifier[-1].in_features
    model.classifier[-1] = nn.Linear(in_features, NUM_CLASSES)
    return model


def load_checkpoint(path, device="cpu"):
    model = build_model(pretrained=False)
    model.load_state_dict(torch.load(path, map_location=device))
    return model.eval()
