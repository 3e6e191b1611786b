//! Parquet files through arrow-rs `ArrowWriter`: zstd, statistics, plain Utf8, Date32, and
//! key-value metadata. One row group per appended batch keeps memory bounded by the batch; tables of
//! small rows gather batches into row groups of a set number of rows (and bytes).

use std::path::{Path, PathBuf};

use arrow::array::RecordBatch;
use arrow::datatypes::SchemaRef;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;

use crate::error::Error;

/// Writer settings shared by every table of a run.
#[derive(Debug, Clone)]
pub struct SinkOptions {
    /// Key-value metadata written into every file (tool version, schema version, run id).
    pub key_value: Vec<(String, String)>,
    /// Columns that hold long free text: no dictionary encoding for them.
    pub free_text: Vec<&'static str>,
    /// Rows per row group for a table of small rows: appended batches are gathered until
    /// this many (fewer row groups, so fewer compressor set-ups and better compression).
    /// `None`: one row group per appended batch.
    pub rows_per_group: Option<usize>,
}

/// One Parquet file being written. The file is only complete after [`ParquetSink::finish`];
/// until then it lives in the run's staging folder and is never published.
pub struct ParquetSink {
    path: PathBuf,
    writer: ArrowWriter<fs_err::File>,
    rows: u64,
    /// Close the row group after each append (no `rows_per_group`).
    flush_each: bool,
}

impl ParquetSink {
    /// Creates `path` and prepares a writer for `schema`.
    ///
    /// # Errors
    /// [`Error::Output`] when the file cannot be created.
    pub fn create(path: &Path, schema: SchemaRef, options: &SinkOptions) -> Result<Self, Error> {
        let file = fs_err::File::create(path).map_err(|e| Error::output(path, e))?;
        let mut props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(
                ZstdLevel::try_new(1).map_err(|e| Error::output(path, e))?,
            ))
            .set_statistics_enabled(EnabledStatistics::Chunk)
            .set_key_value_metadata(Some(
                options
                    .key_value
                    .iter()
                    .map(|(k, v)| KeyValue::new(k.clone(), v.clone()))
                    .collect(),
            ));
        if let Some(n) = options.rows_per_group {
            props = props
                .set_max_row_group_row_count(Some(n.max(1)))
                .set_max_row_group_bytes(Some(32 << 20));
        }
        for column in &options.free_text {
            props = props
                .set_column_dictionary_enabled(ColumnPath::from(*column), false)
                .set_column_statistics_enabled(ColumnPath::from(*column), EnabledStatistics::None);
        }
        let writer = ArrowWriter::try_new(file, schema, Some(props.build()))
            .map_err(|e| Error::output(path, e))?;
        Ok(Self {
            path: path.to_owned(),
            writer,
            rows: 0,
            flush_each: options.rows_per_group.is_none(),
        })
    }

    /// Appends batches and closes the row group, so nothing more than one batch stays buffered
    /// (with `rows_per_group`, the writer closes a row group each time it holds that many rows).
    ///
    /// # Errors
    /// [`Error::Output`] when writing fails.
    pub fn append(&mut self, batches: &[RecordBatch]) -> Result<(), Error> {
        for b in batches {
            self.writer
                .write(b)
                .map_err(|e| Error::output(&self.path, e))?;
            self.rows += b.num_rows() as u64;
        }
        if !self.flush_each {
            return Ok(());
        }
        self.writer
            .flush()
            .map_err(|e| Error::output(&self.path, e))
    }

    /// Writes the footer and syncs the file to disk.
    ///
    /// # Errors
    /// [`Error::Output`] when the footer cannot be written.
    pub fn finish(self) -> Result<u64, Error> {
        let file = self
            .writer
            .into_inner()
            .map_err(|e| Error::output(&self.path, e))?;
        file.sync_all().map_err(|e| Error::output(&self.path, e))?;
        Ok(self.rows)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow::array::{Int32Array, StringArray};
    use arrow::datatypes::{DataType, Field, Schema};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    use super::*;

    fn read_back(
        path: &Path,
    ) -> ParquetRecordBatchReaderBuilder<impl parquet::file::reader::ChunkReader> {
        ParquetRecordBatchReaderBuilder::try_new(fs_err::File::open(path).unwrap().into_parts().0)
            .unwrap()
    }

    #[test]
    fn writes_row_groups_and_metadata() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let schema = Arc::new(Schema::new(vec![
            Field::new("n", DataType::Int32, false),
            Field::new("body", DataType::Utf8, true),
        ]));
        let options = SinkOptions {
            key_value: vec![("reviewpipe.run_id".into(), "r1".into())],
            free_text: vec!["body"],
            rows_per_group: None,
        };
        let mut sink = ParquetSink::create(&path, Arc::clone(&schema), &options).unwrap();
        for k in 0..3 {
            let b = RecordBatch::try_new(
                Arc::clone(&schema),
                vec![
                    Arc::new(Int32Array::from(vec![k, k + 1])),
                    Arc::new(StringArray::from(vec![Some("x"), None])),
                ],
            )
            .unwrap();
            sink.append(&[b]).unwrap();
        }
        assert_eq!(sink.finish().unwrap(), 6);
        let reader = read_back(&path);
        let meta = reader.metadata().clone();
        assert_eq!(meta.num_row_groups(), 3);
        let kv = meta.file_metadata().key_value_metadata().unwrap();
        assert!(
            kv.iter()
                .any(|k| k.key == "reviewpipe.run_id" && k.value.as_deref() == Some("r1"))
        );
        assert_eq!(reader.schema().fields(), schema.fields());
    }

    #[test]
    fn small_row_tables_gather_batches_into_row_groups() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let schema = Arc::new(Schema::new(vec![Field::new("n", DataType::Int32, false)]));
        let options = SinkOptions {
            key_value: Vec::new(),
            free_text: Vec::new(),
            rows_per_group: Some(4),
        };
        let mut sink = ParquetSink::create(&path, Arc::clone(&schema), &options).unwrap();
        for k in 0..3 {
            let b = RecordBatch::try_new(
                Arc::clone(&schema),
                vec![Arc::new(Int32Array::from(vec![k, k + 10]))],
            )
            .unwrap();
            sink.append(&[b]).unwrap();
        }
        assert_eq!(sink.finish().unwrap(), 6);
        let reader = read_back(&path);
        let groups: Vec<i64> = reader
            .metadata()
            .row_groups()
            .iter()
            .map(parquet::file::metadata::RowGroupMetaData::num_rows)
            .collect();
        assert_eq!(groups, [4, 2]);
    }
}
