"""Colour-space conversions for image batches shaped (*, 3, H, W)."""
import torch


def rgb_to_grayscale(image: torch.Tensor) -> torch.Tensor:
    """ITU-R BT.601 luma: 0.299 R + 0.587 G + 0.114 B, keeping a channel axis of size 1."""
    if image.dim() < 3 or image.shape[-3] != 3:
        raise ValueError(f"Input size must have a shape of (*, 3, H, W). Got {tuple(image.shape)}")
    r = image[..., 0:1, :, :]
    g = image[..., 1:2, :, :]
    b = image[..., 2:3, :, :]
    return 0.299 * r + 0.587 * g + 0.114 * b


def bgr_to_grayscale(image: torch.Tensor) -> torch.Tensor:
    """The same for channels stored blue, green, red."""
    if image.dim() < 3 or image.shape[-3] != 3:
        raise ValueError(f"Input size must have a shape of (*, 3, H, W). Got {tuple(image.shape)}")
    rgb = torch.flip(image, dims=(-3,))
    return rgb_to_grayscale(rgb)
