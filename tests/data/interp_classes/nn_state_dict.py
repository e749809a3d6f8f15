import torch
import torch.nn as nn
from collections import OrderedDict
torch.manual_seed(0)
m = nn.Sequential(OrderedDict([("fc", nn.Linear(2, 2)), ("bn", nn.BatchNorm1d(2))]))
print(m.state_dict())
print(m.fc.weight)
print(isinstance(m.state_dict(), OrderedDict), isinstance(m.state_dict(), dict), OrderedDict(a=1))
m2 = nn.Sequential(OrderedDict([("fc", nn.Linear(2, 2)), ("bn", nn.BatchNorm1d(2))]))
m2.load_state_dict(m.state_dict())
print(m2.fc.weight.tolist() == m.fc.weight.tolist())
