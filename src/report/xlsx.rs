//! A report as an Excel workbook: one sheet per table (services with the total, offices,
//! months, open tickets by age). Same columns and figures as the CSV.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::render::{Cell, FIGURE_COLUMNS, cells, rows};
use super::{Report, ReportError};

fn sheet_rows(
    ws: &mut Worksheet,
    bold: &Format,
    rows: &[(&'static str, String, String, String, &super::Figures)],
) -> Result<(), XlsxError> {
    let mut header = vec!["key", "name_bn", "name_en"];
    header.extend(FIGURE_COLUMNS);
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, bold)?;
    }
    for (i, (_, key, bn, en, f)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, key)?;
        ws.write_string(r, 1, bn)?;
        ws.write_string(r, 2, en)?;
        for (c, cell) in cells(f).iter().enumerate() {
            let col = c as u16 + 3;
            match *cell {
                Cell::Count(n) => ws.write_number(r, col, n as f64)?,
                Cell::Int(n) => ws.write_number(r, col, n as f64)?,
                Cell::Ratio(x) => ws.write_number(r, col, x)?,
                Cell::Empty => ws,
            };
        }
    }
    ws.set_column_width(1, 30)?;
    ws.set_column_width(2, 30)?;
    Ok(())
}

/// The workbook's bytes. Sheets: `Services` (every service, then `total`), `Offices` (with
/// `--all`), `Trend` (quarter and year), `Open by age`.
pub fn xlsx(r: &Report) -> Result<Vec<u8>, ReportError> {
    build(r).map_err(|e| ReportError::Xlsx(e.to_string()))
}

fn build(r: &Report) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let all = rows(r);
    let pick = |tables: &[&str]| -> Vec<_> {
        all.iter()
            .filter(|row| tables.contains(&row.0))
            .cloned()
            .collect()
    };
    let ws = wb.add_worksheet();
    ws.set_name("Services")?;
    sheet_rows(ws, &bold, &pick(&["service", "total"]))?;
    if !r.by_office.is_empty() {
        let ws = wb.add_worksheet();
        ws.set_name("Offices")?;
        sheet_rows(ws, &bold, &pick(&["office", "total"]))?;
    }
    if !r.trend.is_empty() {
        let ws = wb.add_worksheet();
        ws.set_name("Trend")?;
        sheet_rows(ws, &bold, &pick(&["month"]))?;
    }
    let ws = wb.add_worksheet();
    ws.set_name("Open by age")?;
    ws.write_string_with_format(0, 0, "age_working_days", &bold)?;
    ws.write_string_with_format(0, 1, "open", &bold)?;
    for (i, a) in r.open_by_age.iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, &a.age)?;
        ws.write_number(i as u32 + 1, 1, a.open as f64)?;
    }
    wb.save_to_buffer()
}
