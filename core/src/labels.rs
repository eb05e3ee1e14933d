//! Plain-words labels and links for content items: citations, EUR-Lex links, tier names, answers.

use crate::model::{LegalRef, Question, QuestionKind, Tier};

/// Where the regulation's text is published (the Official Journal version on EUR-Lex).
pub const EUR_LEX_BASE: &str = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng";

impl LegalRef {
    /// Short citation in plain text, e.g. `Art 5(1)(a)`, `Annex III point 4(a)`, `Recital 12`.
    pub fn label(&self) -> String {
        self.label_in("en")
    }

    /// Short citation as written in the language `lang` (ISO 639-1): `Art 6(3)` in English,
    /// `Art. 6 Abs. 3` in German, `art. 6, par. 3` in French; other languages read as English.
    pub fn label_in(&self, lang: &str) -> String {
        let style = CiteStyle::of(lang);
        let mut s = String::new();
        if let Some(a) = &self.article {
            s.push_str(&style.article(a, self.paragraph.as_deref(), self.point.as_deref()));
        } else if let Some(x) = &self.annex {
            s.push_str(&style.annex(x, self.point.as_deref()));
        }
        if let Some(r) = self.recital {
            if !s.is_empty() {
                s.push_str(", ");
            }
            s.push_str(&format!("{} {r}", style.recital));
        }
        if let Some(g) = &self.guideline {
            if !s.is_empty() {
                s.push_str(", ");
            }
            s.push_str(g);
        }
        s
    }

    /// Deep link to the provision on EUR-Lex; `None` for guidance documents.
    pub fn url(&self) -> Option<String> {
        self.url_in("eng")
    }

    /// Deep link to the provision in the EUR-Lex language version `eur_lex` (`eng`, `deu`,
    /// `fra`, …); `None` for guidance documents.
    pub fn url_in(&self, eur_lex: &str) -> Option<String> {
        let anchor = if let Some(a) = &self.article {
            format!("art_{a}")
        } else if let Some(x) = &self.annex {
            format!("anx_{x}")
        } else {
            format!("rct_{}", self.recital?)
        };
        let base = EUR_LEX_BASE.trim_end_matches("eng");
        Some(format!("{base}{eur_lex}#{anchor}"))
    }
}

/// How citations are written in a language.
struct CiteStyle {
    lang: &'static str,
    recital: &'static str,
}

impl CiteStyle {
    fn of(lang: &str) -> CiteStyle {
        match lang {
            "de" => CiteStyle {
                lang: "de",
                recital: "Erwägungsgrund",
            },
            "fr" => CiteStyle {
                lang: "fr",
                recital: "considérant",
            },
            _ => CiteStyle {
                lang: "en",
                recital: "Recital",
            },
        }
    }

    /// A number or letter inserted by an amendment (`1a`, `ba`), in French as `1 bis`, `b bis`.
    fn inserted(&self, n: &str) -> String {
        if self.lang != "fr" || n.len() < 2 {
            return n.to_owned();
        }
        let (head, last) = n.split_at(n.len() - 1);
        let latin = match last {
            "a" => "bis",
            "b" => "ter",
            "c" => "quater",
            "d" => "quinquies",
            _ => return n.to_owned(),
        };
        if head.chars().all(|c| c.is_ascii_digit()) || head.len() == 1 {
            format!("{head} {latin}")
        } else {
            n.to_owned()
        }
    }

    fn article(&self, a: &str, paragraph: Option<&str>, point: Option<&str>) -> String {
        // Article 3 lists definitions as numbered points, not paragraphs.
        let definitions = a == "3";
        match self.lang {
            "de" => {
                let mut s = format!("Art. {a}");
                if let Some(p) = paragraph {
                    s.push_str(if definitions { " Nr. " } else { " Abs. " });
                    s.push_str(p);
                }
                if let Some(x) = point {
                    s.push_str(" Buchst. ");
                    s.push_str(x);
                }
                s
            }
            "fr" => {
                let mut s = format!("art. {}", self.inserted(a));
                if let Some(p) = paragraph {
                    if definitions {
                        s.push_str(&format!(", point {p})"));
                    } else {
                        s.push_str(&format!(", par. {}", self.inserted(p)));
                    }
                }
                if let Some(x) = point {
                    s.push_str(&format!(", point {})", self.inserted(x)));
                }
                s
            }
            _ => {
                let mut s = format!("Art {a}");
                for part in [paragraph, point].into_iter().flatten() {
                    s.push('(');
                    s.push_str(part);
                    s.push(')');
                }
                s
            }
        }
    }

    fn annex(&self, x: &str, point: Option<&str>) -> String {
        // Annex points are written like `4(a)` or `1`.
        let split = |p: &str| -> (String, Option<String>) {
            match p.split_once('(') {
                Some((n, rest)) => (n.to_owned(), Some(rest.trim_end_matches(')').to_owned())),
                None => (p.to_owned(), None),
            }
        };
        match (self.lang, point) {
            ("de", Some(p)) => {
                let (n, letter) = split(p);
                match letter {
                    Some(l) => format!("Anhang {x} Nr. {n} Buchst. {l}"),
                    None => format!("Anhang {x} Nr. {n}"),
                }
            }
            ("de", None) => format!("Anhang {x}"),
            ("fr", Some(p)) => {
                let (n, letter) = split(p);
                match letter {
                    Some(l) => format!("annexe {x}, point {n} {l})"),
                    None => format!("annexe {x}, point {n}"),
                }
            }
            ("fr", None) => format!("annexe {x}"),
            (_, Some(p)) => format!("Annex {x} point {p}"),
            (_, None) => format!("Annex {x}"),
        }
    }
}

impl Tier {
    /// The key of its short name among the messages.
    pub fn key(self) -> &'static str {
        match self {
            Tier::NotAiSystem => "tier.not_ai_system",
            Tier::OutOfScope => "tier.out_of_scope",
            Tier::Prohibited => "tier.prohibited",
            Tier::HighRiskAnnexI => "tier.high_risk_annex_i",
            Tier::HighRiskAnnexIii => "tier.high_risk_annex_iii",
            Tier::NotHighRiskDerogation => "tier.not_high_risk_derogation",
            Tier::Transparency => "tier.transparency",
            Tier::Minimal => "tier.minimal",
            Tier::GpaiModelOnly => "tier.gpai_model_only",
        }
    }

    /// Short name for badges and reports, in English.
    pub fn label(self) -> &'static str {
        Messages::english().text(self.key())
    }

    /// Short name in the language of `m`.
    pub fn label_in(self, m: &Messages) -> &str {
        m.text(self.key())
    }

    /// Stable machine name, as in the content files.
    pub fn id(self) -> &'static str {
        match self {
            Tier::NotAiSystem => "not_ai_system",
            Tier::OutOfScope => "out_of_scope",
            Tier::Prohibited => "prohibited",
            Tier::HighRiskAnnexI => "high_risk_annex_i",
            Tier::HighRiskAnnexIii => "high_risk_annex_iii",
            Tier::NotHighRiskDerogation => "not_high_risk_derogation",
            Tier::Transparency => "transparency",
            Tier::Minimal => "minimal",
            Tier::GpaiModelOnly => "gpai_model_only",
        }
    }
}

impl Question {
    /// The answer in the words the person saw, in the language of `m` for "Yes", "No" and
    /// "Not sure" (option labels come from the question itself).
    pub fn answer_label(&self, m: &Messages, answer: &crate::answers::Answer) -> String {
        use crate::answers::{Answer, NO, UNSURE, YES};
        let one = |v: &str| -> String {
            match v {
                YES if self.kind == QuestionKind::YesNo => m.text("answer.yes").to_owned(),
                NO if self.kind == QuestionKind::YesNo => m.text("answer.no").to_owned(),
                UNSURE if self.unsure => m.text("answer.unsure").to_owned(),
                _ => self
                    .options
                    .iter()
                    .find(|o| o.id == v)
                    .map_or_else(|| v.to_owned(), |o| o.label.clone()),
            }
        };
        match answer {
            Answer::One(v) => one(v),
            Answer::Many(vs) => vs.iter().map(|v| one(v)).collect::<Vec<_>>().join("; "),
        }
    }
}

use crate::i18n::Messages;
use crate::model::{DateStatus, DutyKind, IsoFit, Penalty};

/// A `YYYY-MM-DD` date in English words, e.g. `2 Dec 2027`; other text is returned as it is.
/// [`Messages::date`] writes it in another language.
pub fn human_date(iso: &str) -> String {
    Messages::english().date(iso)
}

impl Penalty {
    /// Stable machine name, as in the content files.
    pub fn id(self) -> &'static str {
        match self {
            Penalty::Art99_3 => "art99_3",
            Penalty::Art99_4 => "art99_4",
            Penalty::Art99_5 => "art99_5",
            Penalty::Art101 => "art101",
            Penalty::National => "national",
        }
    }

    /// The ceiling in plain words, with its article, in the language of `m`.
    pub fn label_in(self, m: &Messages) -> &str {
        m.text(match self {
            Penalty::Art99_3 => "penalty.art99_3.long",
            Penalty::Art99_4 => "penalty.art99_4.long",
            Penalty::Art99_5 => "penalty.art99_5.long",
            Penalty::Art101 => "penalty.art101.long",
            Penalty::National => "penalty.national.long",
        })
    }

    /// A short form for tables, e.g. `EUR 15m / 3 %`, in the language of `m`.
    pub fn short_in(self, m: &Messages) -> &str {
        m.text(match self {
            Penalty::Art99_3 => "penalty.art99_3.short",
            Penalty::Art99_4 => "penalty.art99_4.short",
            Penalty::Art99_5 => "penalty.art99_5.short",
            Penalty::Art101 => "penalty.art101.short",
            Penalty::National => "penalty.national.short",
        })
    }

    /// The ceiling in plain English words, with its article.
    pub fn label(self) -> &'static str {
        self.label_in(Messages::english())
    }

    /// A short English form for tables.
    pub fn short(self) -> &'static str {
        self.short_in(Messages::english())
    }
}

impl DateStatus {
    /// How firm the date is, in words, in the language of `m`.
    pub fn label_in(self, m: &Messages) -> &str {
        m.text(match self {
            DateStatus::Fixed => "date_status.fixed",
            DateStatus::Transitional => "date_status.transitional",
            DateStatus::ToBeConfirmed => "date_status.to_be_confirmed",
        })
    }

    /// How firm the date is, in English words.
    pub fn label(self) -> &'static str {
        self.label_in(Messages::english())
    }
}

impl DutyKind {
    /// Heading for a group of duties, in the language of `m`.
    pub fn label_in(self, m: &Messages) -> &str {
        m.text(match self {
            DutyKind::General => "duty_kind.general",
            DutyKind::HighRisk => "duty_kind.high_risk",
            DutyKind::Transparency => "duty_kind.transparency",
            DutyKind::Gpai => "duty_kind.gpai",
        })
    }

    /// Heading for a group of duties, in English.
    pub fn label(self) -> &'static str {
        self.label_in(Messages::english())
    }
}

impl IsoFit {
    /// Stable machine name, as in the content files.
    pub fn id(self) -> &'static str {
        match self {
            IsoFit::Covers => "covers",
            IsoFit::Partial => "partial",
            IsoFit::None => "none",
        }
    }

    /// How well ISO/IEC 42001 covers an obligation, in the language of `m`.
    pub fn label_in(self, m: &Messages) -> &str {
        m.text(match self {
            IsoFit::Covers => "iso_fit.covers",
            IsoFit::Partial => "iso_fit.partial",
            IsoFit::None => "iso_fit.none",
        })
    }

    /// How well ISO/IEC 42001 covers an obligation, in English.
    pub fn label(self) -> &'static str {
        self.label_in(Messages::english())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_follow_each_language_version() {
        let r = |a: Option<&str>, p: Option<&str>, x: Option<&str>| LegalRef {
            article: a.map(Into::into),
            paragraph: p.map(Into::into),
            point: x.map(Into::into),
            ..Default::default()
        };
        let art5 = r(Some("5"), Some("1"), Some("ba"));
        assert_eq!(art5.label_in("de"), "Art. 5 Abs. 1 Buchst. ba");
        assert_eq!(art5.label_in("fr"), "art. 5, par. 1, point b bis)");
        assert_eq!(art5.label_in("xx"), "Art 5(1)(ba)");
        let art6 = r(Some("6"), Some("1a"), None);
        assert_eq!(art6.label_in("fr"), "art. 6, par. 1 bis");
        assert_eq!(art6.label_in("de"), "Art. 6 Abs. 1a");
        let def = r(Some("3"), Some("63"), None);
        assert_eq!(def.label_in("de"), "Art. 3 Nr. 63");
        assert_eq!(def.label_in("fr"), "art. 3, point 63)");
        assert_eq!(r(Some("4a"), None, None).label_in("fr"), "art. 4 bis");
        let annex = LegalRef {
            annex: Some("III".into()),
            point: Some("4(a)".into()),
            recital: Some(57),
            ..Default::default()
        };
        assert_eq!(
            annex.label_in("de"),
            "Anhang III Nr. 4 Buchst. a, Erwägungsgrund 57"
        );
        assert_eq!(
            annex.label_in("fr"),
            "annexe III, point 4 a), considérant 57"
        );
        assert_eq!(
            annex.url_in("deu").as_deref(),
            Some("https://eur-lex.europa.eu/eli/reg/2024/1689/oj/deu#anx_III")
        );
    }

    #[test]
    fn dates_and_citations_read_as_people_write_them() {
        assert_eq!(human_date("2027-12-02"), "2 Dec 2027");
        assert_eq!(human_date("2025-02-02"), "2 Feb 2025");
        assert_eq!(human_date("soon"), "soon");
        assert_eq!(Tier::HighRiskAnnexIii.label(), "High-risk (Annex III use)");
        let r = LegalRef {
            article: Some("5".into()),
            paragraph: Some("1".into()),
            point: Some("ba".into()),
            ..Default::default()
        };
        assert_eq!(r.label(), "Art 5(1)(ba)");
        assert_eq!(
            r.url().as_deref(),
            Some("https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_5")
        );
        let a = LegalRef {
            annex: Some("III".into()),
            point: Some("4(a)".into()),
            ..Default::default()
        };
        assert_eq!(a.label(), "Annex III point 4(a)");
        assert_eq!(
            a.url().as_deref(),
            Some("https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#anx_III")
        );
        let g = LegalRef {
            guideline: Some("Commission guidelines".into()),
            ..Default::default()
        };
        assert_eq!(
            (g.label().as_str(), g.url()),
            ("Commission guidelines", None)
        );
    }
}
