ints = [0, 7, 00, 1_000_000, 0xFF, 0XdeadBEEF, 0o17, 0O7_7, 0b1010, 0B1_0]
big = [123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 9223372036854775807, 9223372036854775808]
floats = [0.0, 1.5, .5, 5., 1e10, 1E-5, 1.5e+3, 1_0.0_1, 1e16, 1e15, 0.1, 1e22, 1e-4, 1e-5, 123456789.123456789, 1e308, 1e999, 2.5e-324]
complexes = [1j, 2.5J, 0j, 1e16j, 1e100j, 10.0j, 1_0j, 0.5j, 1e999j]
strings = ['single', "double", '''triple
single''', """triple
double""", r'raw\n', R"RAW\t", u'unicode', U'upper', b'bytes', B"BYTES", br'\x00', Rb'\x00', rB"x"]
escapes = ['\n\t\r\\\'\"\a\b\f\v\0\x41\101\u00e9\U0001F600\
continued', b'\n\x00\xff\101\777\q']
implicit = ('a' 'b'
            "c" '''d''')
kinds = [u'a' 'b', 'a' u'b', u'', U'x']
consts = [None, True, False, ..., Ellipsis]
containers = [[], [1, 2,], (), (1,), (1, 2), {}, {1: 2, **d, 3: 4}, {1, 2, *s}, [*a, *b], (*a,), {**a}]
nested = {'k': [1, (2, {3})], 'j': {'x': None}}
