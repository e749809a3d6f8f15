import torch
import torch.nn as nn
import torch.nn.functional as F

class MLP(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(d_hidden, d_out)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))

torch.manual_seed(0)
model = MLP(3, 4, 2)
print(model)
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.dtype, p.requires_grad, p.detach().tolist())
print(list(model.state_dict().keys()))
print(len(list(model.parameters())), isinstance(model.fc1.weight, nn.Parameter), isinstance(model.fc1, nn.Module))
x = torch.randn(5, 3)
with torch.no_grad():
    y = model(x)
print(y.shape, y.dtype, y.tolist())
print(model.training, model.eval().training, model.fc1.training)
