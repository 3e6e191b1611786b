//! Table contracts: `schemas/<table>.yaml` (embedded at build time) → Arrow schemas.

use std::sync::Arc;

use arrow::datatypes::{DataType, Field, Schema, SchemaRef};

use crate::error::Error;

/// The version of the output contract, written into every Parquet file's metadata.
pub const SCHEMA_VERSION: &str = "1";

/// The tables this build writes, with their YAML contracts.
pub const TABLES: [(&str, &str); 4] = [
    ("reviews", include_str!("../../schemas/reviews.yaml")),
    ("rejects", include_str!("../../schemas/rejects.yaml")),
    (
        "cast_mentions",
        include_str!("../../schemas/cast_mentions.yaml"),
    ),
    ("credits", include_str!("../../schemas/credits.yaml")),
];

/// One table's contract as written in its YAML file.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct TableSchema {
    /// Table name (the output folder's name).
    pub table: String,
    /// Contract version of this table.
    pub version: u32,
    /// What one row is.
    pub description: String,
    /// Columns in output order.
    pub columns: Vec<ColumnSchema>,
}

/// One column of a table contract.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnSchema {
    /// Column name (fixed by the contract).
    pub name: String,
    /// `string`, `int32`, `int64`, `float64`, `bool`, `date32` or `list<string>`.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Whether the column may hold nulls.
    pub nullable: bool,
    /// What the column means.
    pub description: String,
}

impl TableSchema {
    /// Loads the embedded contract of `table`.
    ///
    /// # Errors
    /// [`Error::Schema`] when the table is unknown or its YAML is invalid.
    pub fn load(table: &str) -> Result<Self, Error> {
        let (_, text) = TABLES
            .iter()
            .find(|(t, _)| *t == table)
            .ok_or_else(|| Error::Schema {
                table: table.to_owned(),
                message: format!("unknown table; known: {}", TABLES.map(|t| t.0).join(", ")),
            })?;
        let parsed: Self = crate::yaml::from_str(text).map_err(|message| Error::Schema {
            table: table.to_owned(),
            message,
        })?;
        Ok(parsed)
    }

    /// The Arrow schema the writer uses.
    ///
    /// # Errors
    /// [`Error::Schema`] for an unknown column type.
    pub fn arrow(&self) -> Result<SchemaRef, Error> {
        let fields = self
            .columns
            .iter()
            .map(|c| {
                let dt = arrow_type(&c.type_name).ok_or_else(|| Error::Schema {
                    table: self.table.clone(),
                    message: format!("column `{}` has unknown type `{}`", c.name, c.type_name),
                })?;
                Ok(Field::new(&c.name, dt, c.nullable))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Arc::new(Schema::new(fields)))
    }
}

fn arrow_type(name: &str) -> Option<DataType> {
    Some(match name {
        "string" => DataType::Utf8,
        "int32" => DataType::Int32,
        "int64" => DataType::Int64,
        "float64" => DataType::Float64,
        "bool" => DataType::Boolean,
        "date32" => DataType::Date32,
        "list<string>" => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_contract_parses_and_names_its_file() {
        for (table, _) in TABLES {
            let s = TableSchema::load(table).unwrap();
            assert_eq!(s.table, table);
            let arrow = s.arrow().unwrap();
            assert_eq!(arrow.fields().len(), s.columns.len());
        }
        assert!(TableSchema::load("nope").is_err());
    }
}
