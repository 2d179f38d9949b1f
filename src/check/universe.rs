//! The predeclared names: basic types, `true`, `false`, `nil` and the
//! builtin functions (those of package `unsafe` included), from one table.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Builtin {
    Print,
    Println,
    Panic,
    Len,
    Cap,
    New,
    Make,
    Append,
    Copy,
    Delete,
    Min,
    Max,
    Clear,
    Close,
    Complex,
    Real,
    Imag,
    Recover,
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    UnsafeSlice,
    UnsafeString,
    StringData,
    SliceData,
}

impl Builtin {
    pub(super) fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Panic => "panic",
            Builtin::Len => "len",
            Builtin::Cap => "cap",
            Builtin::New => "new",
            Builtin::Make => "make",
            Builtin::Append => "append",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Real => "real",
            Builtin::Imag => "imag",
            Builtin::Recover => "recover",
            Builtin::Sizeof => "unsafe.Sizeof",
            Builtin::Alignof => "unsafe.Alignof",
            Builtin::Offsetof => "unsafe.Offsetof",
            Builtin::Add => "unsafe.Add",
            Builtin::UnsafeSlice => "unsafe.Slice",
            Builtin::UnsafeString => "unsafe.String",
            Builtin::StringData => "unsafe.StringData",
            Builtin::SliceData => "unsafe.SliceData",
        }
    }
}
