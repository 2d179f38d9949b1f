//! The binary layout of wexlab's cache files: a magic line, a key that must
//! match the reader's, a table of names (each written once, read back as
//! interned [`Sym`]s), then the body. Decoding stops with `None` at the
//! first thing out of place, so a damaged file is only a miss.

use rustc_hash::FxHashMap as HashMap;

use crate::ir::lang::Sym;

/// Writes a cache file's body; [`Encoder::finish`] puts the header first.
#[derive(Default)]
pub struct Encoder {
    out: Vec<u8>,
    names: Vec<String>,
    numbers: HashMap<String, u32>,
}

impl Encoder {
    /// The whole file: `magic`, `key`, the name table, the body.
    pub fn finish(self, magic: &[u8], key: [u64; 2]) -> Vec<u8> {
        let mut head = Encoder {
            out: magic.to_vec(),
            ..Encoder::default()
        };
        head.u64(key[0]);
        head.u64(key[1]);
        head.count(self.names.len());
        for name in &self.names {
            head.str(name);
        }
        head.out.extend_from_slice(&self.out);
        head.out
    }

    pub fn u8(&mut self, v: u8) {
        self.out.push(v);
    }

    pub fn bool(&mut self, v: bool) {
        self.u8(u8::from(v));
    }

    pub fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    pub fn u64(&mut self, v: u64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    pub fn i64(&mut self, v: i64) {
        self.u64(v as u64);
    }

    pub fn count(&mut self, n: usize) {
        self.u32(n as u32);
    }

    pub fn str(&mut self, s: &str) {
        self.count(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    /// A name, by its number in the table.
    pub fn name(&mut self, s: &str) {
        let n = match self.numbers.get(s) {
            Some(&n) => n,
            None => {
                let n = self.names.len() as u32;
                self.names.push(s.to_string());
                self.numbers.insert(s.to_string(), n);
                n
            }
        };
        self.u32(n);
    }
}

/// Reads what an [`Encoder`] wrote.
pub struct Decoder<'a> {
    bytes: &'a [u8],
    names: Vec<Sym>,
}

impl<'a> Decoder<'a> {
    /// The body of `bytes`, if they begin with `magic` and `key`.
    pub fn open(bytes: &'a [u8], magic: &[u8], key: [u64; 2]) -> Option<Decoder<'a>> {
        let mut d = Decoder {
            bytes: bytes.strip_prefix(magic)?,
            names: Vec::new(),
        };
        if [d.u64()?, d.u64()?] != key {
            return None;
        }
        for _ in 0..d.count()? {
            let name = Sym::new(&d.string()?);
            d.names.push(name);
        }
        Some(d)
    }

    /// Whether the whole body was read.
    pub fn done(&self) -> bool {
        self.bytes.is_empty()
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    pub fn i64(&mut self) -> Option<i64> {
        Some(self.u64()? as i64)
    }

    /// A count, bounded by what is left so that a damaged one cannot ask
    /// for a huge allocation.
    pub fn count(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        (n <= self.bytes.len()).then_some(n)
    }

    pub fn string(&mut self) -> Option<String> {
        let n = self.count()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    pub fn name(&mut self) -> Option<Sym> {
        let n = self.u32()? as usize;
        self.names.get(n).copied()
    }
}
