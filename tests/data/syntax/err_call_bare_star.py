log_softmax(input, dim, *, dtype=None) -> Tensor
