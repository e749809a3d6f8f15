# "Lazy vs Eager", step 1: a framework-neutral function, traced with the tensorflow backend.
import ivy


def normalize(x):
    mean = ivy.mean(x)
    std = ivy.std(x)
    return ivy.divide(ivy.subtract(x, mean), std)
