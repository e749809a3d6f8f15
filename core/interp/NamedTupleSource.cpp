// collections.namedtuple and typing.NamedTuple, in Python run by the interpreter (module
// `_polytrace_tuples`, registered in StdClasses.cpp). Instances are objects that behave as tuples
// do in user code — indexing, len, unpacking, iteration, ==, repr Name(x=1, y=2), _asdict,
// _replace, _fields — but isinstance(p, tuple) is False and framework calls do not take them as
// sequences.

namespace pt::interp {

extern const char* const kNamedTupleSource = R"PY(
class _NamedTupleBase:
    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        values = list(args)
        if len(values) > len(self._fields):
            raise TypeError(type(self).__name__ + "() takes " + str(len(self._fields) + 1) +
                            " positional arguments but " + str(len(values) + 1) + " were given")
        for name in self._fields[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in self._field_defaults:
                values.append(self._field_defaults[name])
            else:
                raise TypeError(type(self).__name__ + ".__new__() missing 1 required positional argument: '" + name + "'")
        for name in kwargs:
            raise TypeError(type(self).__name__ + ".__new__() got an unexpected keyword argument '" + name + "'")
        object.__setattr__(self, '_values', tuple(values))
        for name, value in zip(self._fields, values):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, item):
        return item in self._values

    def __eq__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(n + '=' + repr(v) for n, v in zip(self._fields, self._values)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def _replace(self, **changes):
        values = self._asdict()
        for name, value in changes.items():
            if name not in values:
                raise ValueError("Got unexpected field names: " + repr([name]))
            values[name] = value
        return type(self)(**values)


class NamedTuple(_NamedTupleBase):
    # class P(NamedTuple): x: int; y: int = 0 — fields from the annotations, in order.
    def __init_subclass__(cls):
        annotations = cls.__dict__.get('__annotations__', {})
        fields = tuple(annotations.keys())
        defaults = {}
        for name in fields:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
        cls._fields = fields
        cls._field_defaults = defaults


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[len(fields) - len(defaults):], defaults):
            field_defaults[name] = value
    return type(typename, (_NamedTupleBase,), {'_fields': fields, '_field_defaults': field_defaults})
)PY";

}  // namespace pt::interp
