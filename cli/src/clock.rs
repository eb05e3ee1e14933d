//! The assessment date and the time stamps written to answers files.

use crate::error::CliError;
use aiact_core::flow::is_iso_date;

/// Today's date and the current time, fixed for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    /// `YYYY-MM-DD`.
    pub today: String,
    /// RFC 3339 in UTC, to the second.
    pub now: String,
}

impl Clock {
    /// The given date (then the time is its midnight, so that output is reproducible), or the
    /// system clock in UTC, as the web page uses it.
    pub fn new(fixed: Option<&str>) -> Result<Clock, CliError> {
        match fixed {
            Some(day) if is_iso_date(day) => Ok(Clock {
                today: day.to_owned(),
                now: format!("{day}T00:00:00Z"),
            }),
            Some(day) => Err(CliError::Usage(format!(
                "the date `{day}` is not a calendar date written YYYY-MM-DD"
            ))),
            None => {
                let t = chrono::Utc::now();
                Ok(Clock {
                    today: t.format("%Y-%m-%d").to_string(),
                    now: t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_date_is_checked_and_used_for_both() {
        let c = Clock::new(Some("2027-02-28")).unwrap();
        assert_eq!(c.now, "2027-02-28T00:00:00Z");
        assert!(Clock::new(Some("2027-02-30")).is_err());
        assert!(Clock::new(Some("tomorrow")).is_err());
        let sys = Clock::new(None).unwrap();
        assert!(is_iso_date(&sys.today));
        assert!(sys.now.starts_with(&sys.today));
    }
}
