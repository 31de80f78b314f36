using System.Globalization;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary><c>conformity.json</c> and <c>conformity.csv</c>: every issue with code, severity, file, line, field, PRM, step, message; and the row accounting per file.</summary>
public static class ConformityWriter
{
    public const string JsonName = "conformity.json";
    public const string CsvName = "conformity.csv";
    public const string CsvHeader = "severity,code,file,line,field,prm,step,message";

    public static byte[] WriteJson(ConformityReport report) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        WriteCounts(w, report);
        w.WriteStartArray("files");
        foreach (var f in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("file", f.Source);
            w.WriteString("format", f.Format);
            w.WriteNumber("rowsRead", f.RowsRead);
            w.WriteNumber("rowsAccepted", f.RowsAccepted);
            w.WriteNumber("rowsRejected", f.RowsRejected);
            w.WriteNumber("rowsOutOfScope", f.RowsOutOfScope);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("issues");
        foreach (var issue in report.Issues)
        {
            WriteIssue(w, issue);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] WriteCsv(ConformityReport report) => CsvText.Write(CsvHeader, report.Issues.Select(i => string.Join(',',
        SeverityName(i.Severity),
        i.Code,
        CsvText.Field(i.Source),
        i.Line.ToString(CultureInfo.InvariantCulture),
        CsvText.Field(i.Field),
        i.Prm?.Value ?? string.Empty,
        i.Step is { } s ? CsvText.Instant(s.Start) : string.Empty,
        CsvText.Field(i.Message))));

    /// <summary>The counts shared by <c>conformity.json</c> and the <c>conformity</c> section of <c>summary.json</c>.</summary>
    public static void WriteCounts(Utf8JsonWriter w, ConformityReport report)
    {
        w.WriteNumber("rowsRead", report.RowsRead);
        w.WriteNumber("rowsAccepted", report.RowsAccepted);
        w.WriteNumber("rowsRejected", report.RowsRejected);
        w.WriteNumber("rowsOutOfScope", report.RowsOutOfScope);
        w.WriteStartObject("issuesByCode");
        foreach (var (code, count) in report.IssuesByCode)
        {
            w.WriteNumber(code, count);
        }

        w.WriteEndObject();
    }

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private static void WriteIssue(Utf8JsonWriter w, Issue issue)
    {
        w.WriteStartObject();
        w.WriteString("severity", SeverityName(issue.Severity));
        w.WriteString("code", issue.Code);
        w.WriteString("file", issue.Source);
        w.WriteNumber("line", issue.Line);
        if (issue.Field is not null)
        {
            w.WriteString("field", issue.Field);
        }

        if (issue.Prm is { } prm)
        {
            w.WriteString("prm", prm.Value);
        }

        if (issue.Step is { } step)
        {
            w.WriteString("step", CsvText.Instant(step.Start));
        }

        w.WriteString("message", issue.Message);
        w.WriteEndObject();
    }
}
