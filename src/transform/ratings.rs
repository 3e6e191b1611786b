//! Rating normalization (polars): every notation onto one 0-100 scale.
//!
//! Letter grades take their points from Metacritic's table (joined as a small frame); all other
//! kinds are `value × 100 / max`. No rating stays null, never 0; a value above its maximum (or
//! below zero) keeps `rating_raw` and gets a null `rating_100`.

use polars::prelude::*;

use super::col;
use crate::analyze::rating::LETTER_GRADES;

const LETTER_POINTS: &str = "_letter_points";

/// The letter-grade table as a frame: `rating_letter`, `_letter_points`.
fn letter_table() -> PolarsResult<LazyFrame> {
    let letters: Vec<&str> = LETTER_GRADES.iter().map(|(l, _)| *l).collect();
    let points: Vec<f64> = LETTER_GRADES.iter().map(|(_, p)| *p).collect();
    let df = DataFrame::new(
        letters.len(),
        vec![
            Series::new(col::RATING_LETTER.into(), letters).into(),
            Series::new(LETTER_POINTS.into(), points).into(),
        ],
    )?;
    Ok(df.lazy())
}

/// Fills `rating_value`/`rating_max` for letter grades, computes `rating_100`, and drops the
/// working `rating_letter` column.
///
/// # Errors
/// A polars error if the letter table cannot be built.
pub fn normalize_ratings(reviews: LazyFrame) -> PolarsResult<LazyFrame> {
    let is_letter = col(col::RATING_LETTER).is_not_null();
    let value = when(is_letter.clone())
        .then(col(LETTER_POINTS))
        .otherwise(col(col::RATING_VALUE));
    let max = when(is_letter)
        .then(lit(100.0))
        .otherwise(col(col::RATING_MAX));
    let in_range = col(col::RATING_VALUE)
        .lt_eq(col(col::RATING_MAX))
        .and(col(col::RATING_VALUE).gt_eq(lit(0.0)))
        .and(col(col::RATING_MAX).gt(lit(0.0)));
    let rating_100 = when(in_range)
        .then(col(col::RATING_VALUE) * lit(100.0) / col(col::RATING_MAX))
        .otherwise(lit(NULL).cast(DataType::Float64));
    Ok(reviews
        .left_join(
            letter_table()?,
            col(col::RATING_LETTER),
            col(col::RATING_LETTER),
        )
        .with_columns([value.alias(col::RATING_VALUE), max.alias(col::RATING_MAX)])
        .with_column(rating_100.alias(col::RATING_100))
        .drop(cols([col::RATING_LETTER, LETTER_POINTS])))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn normalize(
        values: Vec<Option<f64>>,
        maxes: Vec<Option<f64>>,
        letters: Vec<Option<&str>>,
    ) -> Vec<Option<f64>> {
        let n = values.len();
        let df = DataFrame::new(
            n,
            vec![
                Series::new(col::RATING_VALUE.into(), values).into(),
                Series::new(col::RATING_MAX.into(), maxes).into(),
                Series::new(col::RATING_LETTER.into(), letters).into(),
            ],
        )
        .unwrap();
        let out = normalize_ratings(df.lazy()).unwrap().collect().unwrap();
        let ca = out.column(col::RATING_100).unwrap().f64().unwrap().clone();
        (0..ca.len()).map(|i| ca.get(i)).collect()
    }

    #[test]
    fn letters_fractions_nulls_and_over_max() {
        let got = normalize(
            vec![
                None,
                Some(8.5),
                Some(3.5),
                None,
                Some(12.0),
                Some(0.0),
                None,
            ],
            vec![
                None,
                Some(10.0),
                Some(5.0),
                None,
                Some(10.0),
                Some(10.0),
                None,
            ],
            vec![Some("B+"), None, None, None, None, None, Some("F")],
        );
        assert_eq!(
            got,
            [
                Some(83.0),
                Some(85.0),
                Some(70.0),
                None,
                None,
                Some(0.0),
                Some(0.0)
            ]
        );
    }

    #[test]
    fn every_letter_maps_to_the_table() {
        let letters: Vec<Option<&str>> = LETTER_GRADES.iter().map(|(l, _)| Some(*l)).collect();
        let n = letters.len();
        let got = normalize(vec![None; n], vec![None; n], letters);
        let want: Vec<Option<f64>> = LETTER_GRADES.iter().map(|(_, p)| Some(*p)).collect();
        assert_eq!(got, want);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn stays_in_range_and_keeps_order(
            max in prop::sample::select(vec![4.0, 5.0, 10.0, 20.0, 100.0]),
            raw in prop::collection::vec(0u32..=200, 1..20),
        ) {
            let values: Vec<f64> = raw.iter().map(|v| f64::from(*v) / 200.0 * max).collect();
            let got = normalize(values.iter().map(|v| Some(*v)).collect(), vec![Some(max); values.len()], vec![None; values.len()]);
            for (v, g) in values.iter().zip(&got) {
                let g = g.expect("in-range value has a rating");
                prop_assert!((0.0..=100.0).contains(&g));
                prop_assert!((g - v / max * 100.0).abs() < 1e-9);
            }
            for i in 0..values.len() {
                for j in 0..values.len() {
                    if values[i] < values[j] {
                        prop_assert!(got[i] < got[j]);
                    }
                }
            }
        }

        #[test]
        fn above_max_or_negative_is_null(max in 1.0f64..100.0, over in 0.001f64..50.0) {
            let got = normalize(vec![Some(max + over), Some(-over)], vec![Some(max), Some(max)], vec![None, None]);
            prop_assert_eq!(got, vec![None, None]);
        }
    }
}
