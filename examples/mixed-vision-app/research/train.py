"""Fine-tune the classifier. Usage: python -m research.train --data data/products --epochs 10"""

import argparse

import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

from research.model import IMAGE_SIZE, build_model


def make_loader(root, batch_size):
    tfm = transforms.Compose([
        transforms.RandomResizedCrop(IMAGE_SIZE),
        transforms.RandomHorizontalFlip(),
        transforms.ToTensor(),
        transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ])
    return DataLoader(datasets.ImageFolder(root, tfm), batch_size=batch_size, shuffle=True, num_workers=4)


def train(data, epochs=10, batch_size=64, lr=1e-3, out="checkpoints/best.pt"):
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = build_model().to(device)
    model = torch.compile(model)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    scaler = torch.cuda.amp.GradScaler(enabled=device == "cuda")
    loss_fn = torch.nn.CrossEntropyLoss()
    for epoch in range(epochs):
        for images, labels in make_loader(data, batch_size):
            images, labels = images.to(device), labels.to(device)
            with torch.cuda.amp.autocast(enabled=device == "cuda"):
                loss = loss_fn(model(images), labels)
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
            optimizer.zero_grad(set_to_none=True)
        print(f"epoch {epoch}: loss {loss.item():.4f}")
    torch.save(model._orig_mod.state_dict(), out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    train(args.data, args.epochs)
