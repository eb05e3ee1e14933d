//! Plain-words labels and links for content items: citations, EUR-Lex links, tier names, answers.

use crate::model::{LegalRef, Question, QuestionKind, Tier};

/// Where the regulation's text is published (the Official Journal version on EUR-Lex).
pub const EUR_LEX_BASE: &str = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng";

impl LegalRef {
    /// Short citation in plain text, e.g. `Art 5(1)(a)`, `Annex III point 4(a)`, `Recital 12`.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if let Some(a) = &self.article {
            s.push_str("Art ");
            s.push_str(a);
            for part in [&self.paragraph, &self.point].into_iter().flatten() {
                s.push('(');
                s.push_str(part);
                s.push(')');
            }
        } else if let Some(x) = &self.annex {
            s.push_str("Annex ");
            s.push_str(x);
            if let Some(p) = &self.point {
                s.push_str(" point ");
                s.push_str(p);
            }
        }
        if let Some(r) = self.recital {
            if !s.is_empty() {
                s.push_str(", ");
            }
            s.push_str(&format!("Recital {r}"));
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
        let anchor = if let Some(a) = &self.article {
            format!("art_{a}")
        } else if let Some(x) = &self.annex {
            format!("anx_{x}")
        } else {
            format!("rct_{}", self.recital?)
        };
        Some(format!("{EUR_LEX_BASE}#{anchor}"))
    }
}

impl Tier {
    /// Short name for badges and reports.
    pub fn label(self) -> &'static str {
        match self {
            Tier::NotAiSystem => "Not an AI system",
            Tier::OutOfScope => "Outside the AI Act",
            Tier::Prohibited => "Prohibited practice",
            Tier::HighRiskAnnexI => "High-risk (Annex I product)",
            Tier::HighRiskAnnexIii => "High-risk (Annex III use)",
            Tier::NotHighRiskDerogation => "Not high-risk (Art 6(3) derogation)",
            Tier::Transparency => "Transparency duties",
            Tier::Minimal => "Minimal risk",
            Tier::GpaiModelOnly => "General-purpose AI model",
        }
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
    /// The answer in the words the person saw.
    pub fn answer_label(&self, answer: &crate::answers::Answer) -> String {
        use crate::answers::{Answer, NO, UNSURE, YES};
        let one = |v: &str| -> String {
            match v {
                YES if self.kind == QuestionKind::YesNo => "Yes".into(),
                NO if self.kind == QuestionKind::YesNo => "No".into(),
                UNSURE if self.unsure => "Not sure".into(),
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

use crate::model::{DateStatus, DutyKind, IsoFit, Penalty};

/// A `YYYY-MM-DD` date in words, e.g. `2 Dec 2027`; other text is returned as it is.
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    if !crate::flow::is_iso_date(iso) {
        return iso.to_owned();
    }
    let day: u32 = iso[8..10].parse().unwrap_or(0);
    let month: usize = iso[5..7].parse().unwrap_or(1);
    format!("{day} {} {}", MONTHS[month.clamp(1, 12) - 1], &iso[..4])
}

impl Penalty {
    /// The ceiling in plain words, with its article.
    pub fn label(self) -> &'static str {
        match self {
            Penalty::Art99_3 => {
                "Up to EUR 35 million or 7 % of worldwide annual turnover, whichever is higher (Art 99(3)); for SMEs and start-ups whichever is lower (Art 99(6))"
            }
            Penalty::Art99_4 => {
                "Up to EUR 15 million or 3 % of worldwide annual turnover, whichever is higher (Art 99(4)); for SMEs and start-ups whichever is lower (Art 99(6))"
            }
            Penalty::Art99_5 => {
                "Up to EUR 7.5 million or 1 % of worldwide annual turnover, whichever is higher, for wrong or misleading information to authorities (Art 99(5)); for SMEs and start-ups whichever is lower (Art 99(6))"
            }
            Penalty::Art101 => {
                "Up to EUR 15 million or 3 % of worldwide annual turnover, whichever is higher, imposed by the Commission; it can fine from 2 Aug 2026 (Art 101)"
            }
            Penalty::National => "Set by national law (Art 99(1)); not in the Art 99 fine tiers",
        }
    }

    /// A short form for tables, e.g. `EUR 15m / 3 %`.
    pub fn short(self) -> &'static str {
        match self {
            Penalty::Art99_3 => "EUR 35m / 7 %, SMEs the lower (Art 99(3), (6))",
            Penalty::Art99_4 => "EUR 15m / 3 %, SMEs the lower (Art 99(4), (6))",
            Penalty::Art99_5 => "EUR 7.5m / 1 %, SMEs the lower (Art 99(5), (6))",
            Penalty::Art101 => "EUR 15m / 3 %, from 2 Aug 2026 (Art 101)",
            Penalty::National => "national law (Art 99(1))",
        }
    }
}

impl DateStatus {
    /// How firm the date is, in words.
    pub fn label(self) -> &'static str {
        match self {
            DateStatus::Fixed => "fixed date",
            DateStatus::Transitional => "transitional date",
            DateStatus::ToBeConfirmed => "to be confirmed",
        }
    }
}

impl DutyKind {
    /// Heading for a group of duties.
    pub fn label(self) -> &'static str {
        match self {
            DutyKind::General => "General duties",
            DutyKind::HighRisk => "High-risk duties",
            DutyKind::Transparency => "Transparency duties",
            DutyKind::Gpai => "General-purpose AI model duties",
        }
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

    /// How well ISO/IEC 42001 covers an obligation, in words.
    pub fn label(self) -> &'static str {
        match self {
            IsoFit::Covers => "covered",
            IsoFit::Partial => "partly covered",
            IsoFit::None => "no counterpart",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_citations_read_as_people_write_them() {
        assert_eq!(human_date("2027-12-02"), "2 Dec 2027");
        assert_eq!(human_date("2025-02-02"), "2 Feb 2025");
        assert_eq!(human_date("soon"), "soon");
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
