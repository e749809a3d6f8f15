import math
from collections import OrderedDict
import torch
from torch import nn
import torch.nn.functional as F


class ConvBlock(nn.Module):
    def __init__(self, c_in, c_out, pool=True):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, kernel_size=3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(c_out)
        self.pool = nn.MaxPool2d(2) if pool else nn.Identity()

    def forward(self, x):
        return self.pool(F.relu(self.bn(self.conv(x))))


class SmallCNN(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.features = nn.Sequential(ConvBlock(2, 4), ConvBlock(4, 6, pool=False))
        self.head = nn.Sequential(OrderedDict([
            ("gap", nn.AdaptiveAvgPool2d((1, 1))),
            ("flat", nn.Flatten()),
            ("drop", nn.Dropout(0.25)),
            ("fc", nn.Linear(6, num_classes)),
        ]))
        self.register_buffer("scale", torch.tensor([2.0]))

    def forward(self, x):
        return self.head(self.features(x)) * self.scale


torch.manual_seed(1)
model = SmallCNN()
# non-trivial running statistics, as after training
with torch.no_grad():
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.copy_(torch.rand(m.num_features) * 0.2)
            m.running_var.copy_(torch.rand(m.num_features) + 0.5)
            m.weight.fill_(1.5)
model.eval()
print(model)
print([n for n, _ in model.named_parameters()])
print(list(model.state_dict().keys()))
print([n for n, _ in model.named_buffers()])
print([name for name, _ in model.named_modules()])
print(len(model.features), type(model.features[0]).__name__, type(model.head[-1]).__name__)
w = model.features[0].conv.weight
print(tuple(w.shape), [round(v, 6) for v in w.flatten().tolist()[:8]])
print(model.head.fc.bias.tolist())

x = torch.randn(2, 2, 8, 8)


@torch.no_grad()
def predict(m, inp):
    return m(inp)


out = predict(model, x)
print(tuple(out.shape), out.tolist())
with torch.inference_mode():
    feats = model.features(x)
print(tuple(feats.shape), round(feats.sum().item(), 3))
avg = F.avg_pool2d(feats, 2)
ada = F.adaptive_avg_pool2d(feats, (3, 2))
print(tuple(avg.shape), avg.flatten().tolist()[:6])
print(tuple(ada.shape), ada.flatten().tolist()[:6])
ln = nn.LayerNorm(8)
print(ln, ln(x).flatten().tolist()[:5])
print(nn.GELU()(x).flatten().tolist()[:4], nn.SiLU()(x).flatten().tolist()[:4])
torch.manual_seed(3)
lin = nn.Linear(5, 3, bias=False)
nn.init.xavier_uniform_(lin.weight)
print(lin, lin.weight.tolist())
seq = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1), nn.Sigmoid())
print(seq, seq(torch.ones(2, 4)).tolist())
