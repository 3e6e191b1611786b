//! polars → arrow-rs through the Arrow C Data Interface. The only file that uses both crates,
//! and the crate's only `unsafe`.
#![allow(unsafe_code)]

use std::sync::Arc;

use arrow::array::{ArrayRef, RecordBatch, make_array};
use arrow::datatypes::SchemaRef;
use arrow::error::ArrowError;
use arrow::ffi::{FFI_ArrowArray, FFI_ArrowSchema, from_ffi};
use polars::prelude::{CompatLevel, DataFrame};

/// Converts a DataFrame to arrow-rs record batches laid out as `schema` says: columns are
/// matched by name and cast to the contract's types (polars' LargeUtf8 → Utf8, large lists →
/// lists).
///
/// # Errors
/// When a contract column is missing from the frame or a cast fails.
pub fn to_record_batches(
    df: &mut DataFrame,
    schema: &SchemaRef,
) -> Result<Vec<RecordBatch>, ArrowError> {
    df.rechunk_mut();
    let mut out = Vec::new();
    for batch in df.iter_chunks(CompatLevel::oldest(), false) {
        let names: Vec<String> = batch
            .schema()
            .iter_values()
            .map(|f| f.name.to_string())
            .collect();
        let fields: Vec<_> = batch.schema().iter_values().cloned().collect();
        let mut imported: Vec<Option<ArrayRef>> = Vec::with_capacity(names.len());
        for (field, array) in fields.iter().zip(batch.into_arrays()) {
            let c_schema = polars_arrow::ffi::export_field_to_c(field);
            let c_array = polars_arrow::ffi::export_array_to_c(array);
            // SAFETY: polars-arrow's `ArrowArray`/`ArrowSchema` and arrow-rs's
            // `FFI_ArrowArray`/`FFI_ArrowSchema` are both `#[repr(C)]` definitions of the Arrow
            // C Data Interface structs, so their layouts are identical. Each value is moved
            // bit-for-bit exactly once (`transmute` consumes the source, so polars' drop never
            // runs), and from then on arrow-rs owns it and calls its `release` callback. The
            // exported structs were just produced by polars for this array and field, so
            // `from_ffi`'s requirement that they describe a valid array holds.
            let data = unsafe {
                let c_schema: FFI_ArrowSchema = std::mem::transmute::<
                    polars_arrow::ffi::ArrowSchema,
                    FFI_ArrowSchema,
                >(c_schema);
                let c_array: FFI_ArrowArray =
                    std::mem::transmute::<polars_arrow::ffi::ArrowArray, FFI_ArrowArray>(c_array);
                from_ffi(c_array, &c_schema)?
            };
            imported.push(Some(make_array(data)));
        }
        let mut columns = Vec::with_capacity(schema.fields().len());
        for field in schema.fields() {
            let i = names
                .iter()
                .position(|n| n == field.name())
                .ok_or_else(|| {
                    ArrowError::SchemaError(format!(
                        "column `{}` of the contract is missing from the frame",
                        field.name()
                    ))
                })?;
            let array = imported[i].take().ok_or_else(|| {
                ArrowError::SchemaError(format!("column `{}` used twice", field.name()))
            })?;
            let array = if array.data_type() == field.data_type() {
                array
            } else {
                arrow::compute::cast(&array, field.data_type())?
            };
            columns.push(array);
        }
        out.push(RecordBatch::try_new(Arc::clone(schema), columns)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use arrow::array::{Array, Date32Array, Float64Array, Int32Array, ListArray, StringArray};
    use arrow::datatypes::{DataType, Field, Schema};
    use polars::prelude::*;

    use super::*;

    #[test]
    #[allow(clippy::float_cmp)] // the values must survive exactly
    fn round_trips_every_contract_type() {
        let mut list = ListStringChunkedBuilder::new("directors".into(), 2, 3);
        list.append_values_iter(["Ana Ruiz", "Tom Okafor"].into_iter());
        list.append_values_iter(std::iter::empty());
        let mut df = DataFrame::new(
            2,
            vec![
                Series::new("title".into(), [Some("Salt Acre"), None]).into(),
                Series::new("year".into(), [Some(2019i32), None]).into(),
                Series::new("rating".into(), [Some(83.0f64), None]).into(),
                Series::new("date".into(), [Some(19_000i32), None])
                    .cast(&polars::prelude::DataType::Date)
                    .unwrap()
                    .into(),
                list.finish().into_series().into(),
            ],
        )
        .unwrap();
        let schema = Arc::new(Schema::new(vec![
            Field::new("year", DataType::Int32, true),
            Field::new("title", DataType::Utf8, true),
            Field::new("rating", DataType::Float64, true),
            Field::new("date", DataType::Date32, true),
            Field::new(
                "directors",
                DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
                true,
            ),
        ]));
        let batches = to_record_batches(&mut df, &schema).unwrap();
        assert_eq!(batches.len(), 1);
        let b = &batches[0];
        assert_eq!(b.schema(), schema);
        let title = b.column(1).as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!((title.value(0), title.is_null(1)), ("Salt Acre", true));
        let year = b.column(0).as_any().downcast_ref::<Int32Array>().unwrap();
        assert_eq!((year.value(0), year.is_null(1)), (2019, true));
        let rating = b.column(2).as_any().downcast_ref::<Float64Array>().unwrap();
        assert_eq!(rating.value(0), 83.0);
        let date = b.column(3).as_any().downcast_ref::<Date32Array>().unwrap();
        assert_eq!(date.value(0), 19_000);
        let dirs = b.column(4).as_any().downcast_ref::<ListArray>().unwrap();
        let first = dirs.value(0);
        let first = first.as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!(
            (first.value(0), first.value(1), dirs.value(1).len()),
            ("Ana Ruiz", "Tom Okafor", 0)
        );
    }

    #[test]
    fn missing_column_is_an_error() {
        let mut df = DataFrame::new(1, vec![Series::new("a".into(), [1i32]).into()]).unwrap();
        let schema = Arc::new(Schema::new(vec![Field::new("b", DataType::Int32, true)]));
        assert!(to_record_batches(&mut df, &schema).is_err());
    }
}
