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
