//! Input generators: random text, byte-level and JSON-level mutations of real inputs, and
//! structure-aware assessments with sizes around every cap.

use crate::corpus::Corpus;
use aiact_core::envelope::Envelope;
use aiact_core::envelope::limits::{
    MAX_ANSWERS, MAX_DESCRIPTION_CHARS, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_VALUE_CHARS, MAX_VALUES,
};
use aiact_core::eval::Evaluator;
use aiact_core::model::{Question, QuestionKind};
use aiact_core::{Answer, Answers};
use serde_json::Value;

/// Tokens that often break parsers.
const TOKENS: &[&str] = &[
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-0",
    "1e999",
    "18446744073709551616",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\udfff\\ud800\"",
    "[]",
    "{}",
    "\u{feff}",
    "\u{2028}",
    "\u{202e}",
    "%3D",
    "=",
    "#",
];

/// A seeded source of inputs for one case.
pub struct Gen<'a> {
    /// The generator; seeded from (run seed, target, case), so any case can be made again.
    pub rng: fastrand::Rng,
    /// Real inputs to start from.
    pub corpus: &'a Corpus,
}

impl<'a> Gen<'a> {
    /// The generator of case `case` of `target` in the run seeded `seed`.
    pub fn new(corpus: &'a Corpus, seed: u64, target: &str, case: u64) -> Self {
        // FNV-1a over the target name, mixed with the seed and the case number.
        let name = target.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let mixed = seed
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .wrapping_add(name)
            .wrapping_add(case.wrapping_mul(0xbf58_476d_1ce4_e5b9));
        Gen {
            rng: fastrand::Rng::with_seed(mixed),
            corpus,
        }
    }

    /// True with probability `percent` %.
    pub fn chance(&mut self, percent: u8) -> bool {
        self.rng.u8(0..100) < percent
    }

    /// One item of a non-empty slice.
    pub fn pick<'b, T>(&mut self, items: &'b [T]) -> &'b T {
        &items[self.rng.usize(..items.len())]
    }

    /// A length near `cap`: often small, sometimes right at, just under or just over the cap.
    pub fn len_near(&mut self, cap: usize) -> usize {
        match self.rng.u8(0..10) {
            0 => cap,
            1 => cap + 1,
            2 => cap.saturating_sub(1),
            3 => self.rng.usize(..=cap.saturating_mul(2)),
            _ => self.rng.usize(..=cap.min(24)),
        }
    }

    /// One character from a mix of ASCII, JSON syntax, controls, separators, bidi controls and
    /// every Unicode plane.
    pub fn char(&mut self) -> char {
        let code = match self.rng.u8(0..20) {
            0..=7 => self.rng.u32(0x20..0x7f),
            8 => *self.pick(&[0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x3a, 0x2c]),
            9 => self.rng.u32(0..0x20),
            10 => *self.pick(&[0x85, 0x2028, 0x2029, 0x200e, 0x202e, 0x2066, 0x2069, 0xfeff]),
            11..=14 => self.rng.u32(0x80..0xd800),
            15 => self.rng.u32(0xe000..0x1_0000),
            _ => self.rng.u32(0x1_0000..0x11_0000),
        };
        char::from_u32(code).unwrap_or('\u{fffd}')
    }

    /// Random text of `len` characters.
    pub fn text_of(&mut self, len: usize) -> String {
        (0..len).map(|_| self.char()).collect()
    }

    /// Random text, mostly short.
    pub fn text(&mut self) -> String {
        let len = self.len_near(64);
        self.text_of(len)
    }

    /// A word worth trying: a question or option id, a field name, or random text.
    pub fn word(&mut self) -> String {
        if self.chance(80) {
            self.pick(&self.corpus.words).clone()
        } else {
            self.text()
        }
    }

    /// Mutates bytes 1 to 8 times: bit flips, interesting bytes and tokens, deletions,
    /// duplicated ranges, truncation, and splices from another real input.
    pub fn mutate_bytes(&mut self, bytes: &mut Vec<u8>, donors: &[String]) {
        let rounds = 1 + self.rng.usize(..8);
        for _ in 0..rounds {
            let len = bytes.len();
            let at = self.rng.usize(..=len);
            match self.rng.u8(0..8) {
                0 if len > 0 => {
                    let i = self.rng.usize(..len);
                    bytes[i] ^= 1 << self.rng.u8(0..8);
                }
                1 if len > 0 => {
                    let i = self.rng.usize(..len);
                    bytes[i] = *self.pick(b"\x00\xff\"\\{}[],:0-e9 \n\x7f\xc0\xed");
                }
                2 => {
                    let token = self.pick(TOKENS).as_bytes();
                    bytes.splice(at..at, token.iter().copied());
                }
                3 if len > 0 => {
                    let end = (at + self.rng.usize(..=64)).min(len);
                    bytes.drain(at.min(end)..end);
                }
                4 if len > 0 => {
                    let from = self.rng.usize(..len);
                    let end = (from + self.rng.usize(..=256)).min(len);
                    let copy = bytes[from..end].to_vec();
                    bytes.splice(at..at, copy);
                }
                5 => bytes.truncate(at),
                6 if !donors.is_empty() => {
                    let donor = self.pick(donors).as_bytes();
                    let from = self.rng.usize(..=donor.len());
                    let end = (from + self.rng.usize(..=512)).min(donor.len());
                    bytes.splice(at..at, donor[from..end].iter().copied());
                }
                _ => {
                    let depth = self.rng.usize(1..300);
                    let open = if self.chance(50) { b'[' } else { b'{' };
                    bytes.splice(at..at, std::iter::repeat_n(open, depth));
                }
            }
        }
    }

    /// Mutates text as bytes; invalid UTF-8 becomes U+FFFD, as a browser's file reader does.
    pub fn mutate_text(&mut self, text: &str, donors: &[String]) -> String {
        let mut bytes = text.as_bytes().to_vec();
        self.mutate_bytes(&mut bytes, donors);
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// A random JSON value, shallow.
    pub fn value(&mut self, depth: u8) -> Value {
        match self.rng.u8(0..9) {
            0 => Value::Null,
            1 => Value::Bool(self.chance(50)),
            2 => Value::from(self.rng.i64(..)),
            3 => Value::from(self.rng.f64() * 1e300),
            4 if depth < 3 => Value::Array(
                (0..self.rng.usize(..6))
                    .map(|_| self.value(depth + 1))
                    .collect(),
            ),
            5 if depth < 3 => Value::Object(
                (0..self.rng.usize(..6))
                    .map(|_| (self.word(), self.value(depth + 1)))
                    .collect(),
            ),
            6 => Value::Array(
                (0..self.len_near(MAX_VALUES))
                    .map(|_| Value::String(self.word()))
                    .collect(),
            ),
            7 => {
                let len = self.len_near(MAX_VALUE_CHARS);
                Value::String(self.text_of(len))
            }
            _ => Value::String(self.word()),
        }
    }

    /// Changes 1 to 4 nodes of a JSON value: replaces one, adds or removes an object member, or
    /// repeats an array item.
    pub fn mutate_json(&mut self, value: &mut Value) {
        for _ in 0..1 + self.rng.usize(..4) {
            let node = self.random_node(value);
            match (self.rng.u8(0..4), node) {
                (0, Value::Object(map)) => {
                    let key = self.word();
                    let v = self.value(0);
                    map.insert(key, v);
                }
                (1, Value::Object(map)) if !map.is_empty() => {
                    let i = self.rng.usize(..map.len());
                    if let Some(key) = map.keys().nth(i).cloned() {
                        map.remove(&key);
                    }
                }
                (2, Value::Array(items)) if !items.is_empty() => {
                    let item = items[self.rng.usize(..items.len())].clone();
                    let times = self.len_near(MAX_VALUES);
                    items.extend(std::iter::repeat_n(item, times));
                }
                (_, node) => *node = self.value(0),
            }
        }
    }

    fn random_node<'v>(&mut self, value: &'v mut Value) -> &'v mut Value {
        let mut node = value;
        loop {
            let children = match &*node {
                Value::Array(items) => items.len(),
                Value::Object(map) => map.len(),
                _ => 0,
            };
            if children == 0 || self.chance(30) {
                return node;
            }
            let i = self.rng.usize(..children);
            node = match node {
                Value::Array(items) => &mut items[i],
                object => {
                    let key = object
                        .as_object()
                        .and_then(|m| m.keys().nth(i))
                        .cloned()
                        .unwrap_or_default();
                    &mut object[key.as_str()]
                }
            };
        }
    }

    /// A valid answer to `q`, or "not sure" where it is offered.
    pub fn valid_answer(&mut self, q: &Question) -> Answer {
        let one = |s: &str| Answer::One(s.to_owned());
        if q.unsure && self.chance(20) {
            return one("unsure");
        }
        match q.kind {
            QuestionKind::YesNo => one(if self.chance(50) { "yes" } else { "no" }),
            QuestionKind::Single => one(&self.pick(&q.options).id),
            QuestionKind::Multi => {
                let exclusive: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| o.id.as_str())
                    .collect();
                if !exclusive.is_empty() && self.chance(40) {
                    return Answer::Many(vec![(*self.pick(&exclusive)).to_owned()]);
                }
                let mut ticked: Vec<String> = q
                    .options
                    .iter()
                    .filter(|o| !o.exclusive && self.chance(30))
                    .map(|o| o.id.clone())
                    .collect();
                if ticked.is_empty() {
                    ticked.push(self.pick(&q.options).id.clone());
                }
                Answer::Many(ticked)
            }
            QuestionKind::Text => {
                let len = 1 + self.rng.usize(..MAX_VALUE_CHARS);
                one(&self.text_of(len))
            }
            QuestionKind::Date => one(&format!(
                "{}-{:02}-{:02}",
                self.rng.u32(2020..2035),
                self.rng.u32(1..13),
                self.rng.u32(1..29)
            )),
        }
    }

    /// Any answer: mostly a value a question offers, sometimes junk of every size.
    pub fn any_answer(&mut self) -> Answer {
        if self.chance(30) {
            let n = self.len_near(MAX_VALUES);
            Answer::Many((0..n).map(|_| self.word()).collect())
        } else if self.chance(10) {
            let len = self.len_near(MAX_VALUE_CHARS);
            Answer::One(self.text_of(len))
        } else {
            Answer::One(self.word())
        }
    }

    /// An id: mostly a real question id, sometimes junk up to and over the cap.
    pub fn id(&mut self) -> String {
        if self.chance(60) {
            self.pick(&self.corpus.words).clone()
        } else {
            let len = self.len_near(MAX_ID_CHARS);
            self.text_of(len)
        }
    }

    /// A set of answers of a size near `cap`.
    pub fn answers(&mut self, cap: usize) -> Answers {
        let n = if self.chance(5) {
            self.len_near(cap)
        } else {
            self.rng.usize(..40)
        };
        (0..n).map(|_| (self.id(), self.any_answer())).collect()
    }

    /// A legitimate assessment, as a person could make it: every visible question answered in
    /// order (some left open), plus, sometimes, answers kept for questions hidden now and answers
    /// set aside by content updates.
    pub fn legitimate(&mut self) -> Envelope {
        let cat = &self.corpus.catalog;
        let mut env = Envelope::new(&cat.version.content_date, "2026-11-27T10:00:00Z");
        let name_len = self.rng.usize(..=MAX_NAME_CHARS);
        env.name = self.text_of(name_len);
        let description_len = self.rng.usize(..=MAX_DESCRIPTION_CHARS.min(300));
        env.description = self.text_of(description_len);
        for q in cat.questions() {
            let shown = q
                .show_if
                .as_ref()
                .is_none_or(|c| Evaluator::new(cat, &env.answers).holds(c));
            if (shown && self.chance(92)) || (!shown && self.chance(5)) {
                let a = self.valid_answer(q);
                env.answers.insert(q.id.clone(), a);
            }
        }
        if self.chance(20) {
            for _ in 0..self.rng.usize(..20) {
                let (id, value) = (self.word(), self.word());
                let value: String = value.chars().take(MAX_ID_CHARS).collect();
                env.retired
                    .insert(id.chars().take(MAX_ID_CHARS).collect(), Answer::One(value));
            }
        }
        env
    }

    /// A structure-aware saved assessment with every field varied, sizes around the caps.
    pub fn envelope(&mut self) -> Envelope {
        let mut env = if self.chance(50) {
            self.legitimate()
        } else {
            self.pick(&self.corpus.envelopes).clone()
        };
        if self.chance(30) {
            env.answers.extend(self.answers(MAX_ANSWERS));
        }
        if self.chance(30) {
            env.retired = self.answers(MAX_ANSWERS);
        }
        if self.chance(20) {
            let len = self.len_near(MAX_NAME_CHARS);
            env.name = self.text_of(len);
        }
        if self.chance(10) {
            let len = self.len_near(MAX_DESCRIPTION_CHARS);
            env.description = self.text_of(len);
        }
        if self.chance(20) {
            env.content_date = match self.rng.u8(0..4) {
                0 => "2020-01-01".into(),
                1 => "9999-12-31".into(),
                2 => "2026-02-30".into(),
                _ => self.text(),
            };
        }
        if self.chance(10) {
            env.schema = *self.pick(&[0, 2, u32::MAX]);
        }
        if self.chance(10) {
            env.seen = (0..self.len_near(60))
                .map(|_| (self.id(), self.text()))
                .collect();
        }
        if self.chance(10) {
            env.result = None;
        }
        env
    }
}
