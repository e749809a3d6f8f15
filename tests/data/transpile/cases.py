# Torch functions the transpile tests translate to every target and check against real torch.
import torch


def normalize(x):
    mean = torch.mean(x)
    std = torch.std(x)
    return torch.div(torch.sub(x, mean), std)


def standardize_rows(x: torch.Tensor) -> torch.Tensor:
    # per-row z-score; the biased std is asked for explicitly
    mu = x.mean(dim=1, keepdim=True)
    sigma = x.std(dim=1, keepdim=True, unbiased=False)
    return (x - mu) / (sigma + 1e-6)


def softmax_scores(x, w):
    logits = torch.matmul(x, w)
    return torch.softmax(logits, dim=-1)


def activations(x):
    return torch.relu(x) + torch.sigmoid(x) * torch.tanh(x) - torch.exp(-torch.abs(x))


def clamp_and_round(x):
    y = torch.clamp(x * 10.0 - 5.0, min=-3.0, max=3.0)
    return torch.round(y), torch.floor(y), torch.remainder(y, 2.0)


def reductions(x):
    return torch.sum(x, dim=0), torch.amax(x, dim=1), torch.argmax(x, dim=1), torch.cumsum(x, dim=1), torch.var(x, dim=0)


def reshape_ops(x):
    y = torch.reshape(x, (2, 6))
    z = torch.permute(y, (1, 0))
    w = torch.cat([z, z], dim=0)
    return torch.unsqueeze(torch.flatten(w), 0), torch.stack([y, y], dim=1)


def swap_dims(x):
    # transpose(0, 1) needs the rank: source-to-source cannot know it here, tracing can
    return torch.transpose(x, 0, 1)


def where_ops(x):
    return torch.where(x > 0.5, x, torch.zeros_like(x)), torch.maximum(x, torch.ones_like(x) * 0.3)


def weighted_sum(x):
    w = torch.tensor([0.25, 0.5, 0.25])
    return torch.sum(x * w, dim=-1)


def posterize(img: torch.Tensor, bits: int = 3) -> torch.Tensor:
    # torchvision's posterize: `mask` is a Python int known only when running. torch casts it to
    # the tensor's dtype (uint8 stays uint8); numpy 1.x would widen to int16 by its value.
    mask = -int(2 ** (8 - bits))
    return img & mask


def blend(img1: torch.Tensor, img2: torch.Tensor, ratio: float = 0.3) -> torch.Tensor:
    # torchvision's _blend: a Python float meets tensors whose dtype only a run shows
    bound = 1.0 if img1.is_floating_point() else 255.0
    return (ratio * img1 + (1.0 - ratio) * img2).clamp(0, bound).to(img1.dtype)


def channel_sum(img, weights):
    # no annotations: only a run tells that `img` is a tensor and `weights` a list
    r, g, b = img.unbind(dim=-3)
    return r * weights[0] + g * weights[1] + b.mean()


def posterize_halved(img: torch.Tensor, bits: int = 2) -> torch.Tensor:
    # the tensor operand is computed: its dtype is read once, by a helper, not computed twice
    return (img // 2) & -int(2 ** (8 - bits))


def weights_from_list(img: torch.Tensor, n: int = 5) -> torch.Tensor:
    # a list the code builds: torch.tensor makes its floats float32 (numpy would say float64)
    w = torch.tensor([1.0 / (i + 1) for i in range(n)])
    return img * w


def trigonometry(x):
    # ops of their own since issue #4: inverse and hyperbolic trigonometry, base-2/10 logs
    u = torch.tanh(x)
    return (torch.asin(u) + torch.acos(u) * torch.atan(x), torch.sinh(x) - torch.cosh(x), torch.asinh(x),
            torch.acosh(x * x + 1.0), torch.atanh(u * 0.5), torch.log2(x * x + 1.0), torch.log10(x * x + 1.0))


def bits_and_products(x, n):
    # bit operations and cumprod (ops), products, splits and stacks (decompositions)
    a, b = torch.split(x, 2, dim=1)
    return (torch.cumprod(x, dim=1), torch.cumprod(n, dim=0), n ^ (n + 3), ~n, torch.outer(x[0], x[1]),
            torch.tensordot(x, x, dims=([1], [1])), torch.hstack([a, b]), torch.diff(x), torch.roll(x, 1, 1))


def decompositions(x):
    f = torch.nn.functional
    return (f.softplus(x), f.silu(x), f.leaky_relu(x), f.elu(x), torch.hypot(x, x * 0.5),
            torch.logaddexp(x, -x), torch.tril(x), torch.isclose(x, x * 1.0000001), torch.isinf(x / 0.0),
            torch.linalg.vector_norm(x, 3, dim=1), torch.tile(x, (2, 1)), torch.rot90(x),
            torch.logsumexp(x, 1), f.normalize(x), f.mse_loss(x, x * 0.5))
