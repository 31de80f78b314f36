using System.Collections.Immutable;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Validation;
using NodaTime.Text;

namespace Daisee.Billing.Worker;

/// <summary>
/// Ingest → Conformity → Allocation → Billing → Output, for one month. Pure: Ingest opens the
/// dataset entries it is given once into a <see cref="Dataset"/>; every later stage takes
/// records and returns its value with its issues, which the pipeline gathers; the output files
/// are returned, never written here.
/// Any blocking problem ends in a rejection result (report + error message), never an exception.
/// </summary>
public static class BillingPipeline
{
    /// <summary>The months a run may bill (and the years every stamp is read within, see <see cref="IsoStamp"/>).</summary>
    public const int MinYear = IsoStamp.MinYear;
    public const int MaxYear = IsoStamp.MaxYear;

    public static BillingOutcome Run(BillingRequest request)
    {
        var log = new ConformityLog();
        foreach (var issue in request.DatasetIssues)
        {
            log.Add(issue);
        }

        var month = YearMonthPattern.CreateWithInvariantCulture("yyyy'-'MM").Parse(request.Month ?? string.Empty);
        if (!month.Success || month.Value.Year is < MinYear or > MaxYear)
        {
            return Reject(request, log, null, null, IssueCodes.ArgumentInvalid, "arguments", "--month",
                $"--month '{TextBound.Quote(request.Month)}' is not a month in the form YYYY-MM between {MinYear} and {MaxYear} (e.g. --month 2026-06).");
        }

        var issueDate = LocalDatePattern.Iso.Parse(request.IssueDate ?? string.Empty);
        if (request.IssueDate is not null && !issueDate.Success)
        {
            return Reject(request, log, null, null, IssueCodes.ArgumentInvalid, "arguments", "--issue-date",
                $"--issue-date '{TextBound.Quote(request.IssueDate)}' is not a date in the form YYYY-MM-DD (e.g. --issue-date 2026-07-01).");
        }

        var dataset = DatasetReader.Read(request.Entries);
        request.Timings?.Mark("open");
        if (!dataset.HasCollective)
        {
            return Reject(request, log, null, null, IssueCodes.CollectiveMissing, CollectiveReader.FileName, "collective.json",
                "The dataset has no collective.json at its root; add it (see docs/collective.md).");
        }

        log.Add(IssueSet.Of(dataset.CollectiveIssues));
        if (dataset.Collective is not { } collective)
        {
            return Rejected(request, log, null, null, $"collective.json is invalid ({dataset.CollectiveIssues.Length} problem(s)); see conformity.csv. First: {dataset.CollectiveIssues[0].Message}");
        }

        if (BillingPeriod.Problem(month.Value, collective.Zone, collective.StepMinutes) is { } problem)
        {
            return Reject(request, log, collective, null, IssueCodes.CollectiveInvalid, CollectiveReader.FileName, "stepMinutes", problem);
        }

        return Bill(request, log, dataset, new BillingPeriod(month.Value, collective.Zone, collective.StepMinutes));
    }

    /// <summary>The result of a run that met an unforeseen problem: a report and an error message, no bill.</summary>
    public static BillingOutcome Failed(string month, string message)
    {
        var log = new ConformityLog();
        return Reject(new BillingRequest(month, [], []), log, null, null, IssueCodes.InternalError, "worker", "worker", message);
    }

    private static BillingOutcome Bill(BillingRequest request, ConformityLog log, Dataset dataset, BillingPeriod period)
    {
        var collective = dataset.Collective!;
        var (curves, curveIssues) = CurveAssembler.Assemble(collective, period, dataset.Curves!.Stream(new NodaTime.Interval(period.StartInstant, period.EndInstant)), dataset.Curves.OutsideWindow);
        log.Add(dataset.Curves.Issues);
        log.Add(curveIssues);
        request.Timings?.Mark("ingest");
        if (!curves.Producers.Any(c => c.Values.Any(v => v.MilliwattHours > 0)))
        {
            return Reject(request, log, collective, period, IssueCodes.NoProduction, "curves/", "curves",
                $"No production was measured for {period.Name}: add the producers' load curves under curves/ (Grandeur metier 'Production').");
        }

        if (log.HasErrors)
        {
            return Rejected(request, log, collective, period, "The input cannot be billed as it is; see the errors in conformity.csv.");
        }

        log.Add(dataset.AllocationIssues);
        var (allocationReport, allocationIssues) = AllocationStage.Run(collective, curves, dataset.Allocation);
        log.Add(allocationIssues);
        request.Timings?.Mark("allocation");
        if (allocationReport is null)
        {
            return Rejected(request, log, collective, period, "The allocation key cannot be applied; see the errors in conformity.csv.");
        }

        var allocation = allocationReport.Billed;
        var (previous, previousIssues) = PreviousRunReader.Read(PreviousEntries(request.Entries));
        foreach (var issue in previousIssues)
        {
            log.Add(issue);
        }

        var (documents, billIssues) = BillingDocuments.Calculate(collective, allocation, RateTable.Embedded,
            request.IssueDate is null ? null : LocalDatePattern.Iso.Parse(request.IssueDate).Value, previous, request.Reason);
        var bills = documents.LocalInvoices;
        request.Timings?.Mark("billing");
        foreach (var issue in billIssues.AddRange(Output.Pdf.PdfText.Issues(collective)))
        {
            log.Add(issue);
        }

        if (log.HasErrors)
        {
            return Rejected(request, log, collective, period, "Bills could not be computed; see the errors in conformity.csv.");
        }

        var report = log.ToReport();
        var files = new OutputSet(request.Output);
        files.Add(SummaryWriter.FileName, SummaryWriter.Write(period, period.Name, collective, allocation, [.. bills, .. documents.Statements], report, null, allocationReport, documents.Corrections));
        files.Add(ReconciliationCsvWriter.FileName, ReconciliationCsvWriter.Write(allocationReport.Reconciliation));
        StepFilesWriter.Write(files, allocation, allocationReport.Engine, curves);
        request.Timings?.Mark("csv");
        DocumentsWriter.Write(files, period, collective, allocation, documents, report);
        request.Timings?.Mark("documents");
        AddReport(files, report);
        var written = WithManifest(files, request, collective, collective.RulesHash, period.Name);
        request.Timings?.Mark("manifest");
        return new BillingOutcome(written, null, report)
        {
            Allocation = allocation,
            Bills = bills,
        };
    }

    private static List<(string Path, byte[] Bytes)> PreviousEntries(ImmutableArray<DatasetEntry> entries) =>
    [
        .. entries.Where(e => e.Path.StartsWith(PreviousRunReader.Folder, StringComparison.Ordinal)).Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.Path, copy.ToArray());
        }),
    ];

    private static BillingOutcome Reject(BillingRequest request, ConformityLog log, Collective? collective, BillingPeriod? period, string code, string source, string field, string message)
    {
        log.Add(new Issue(Severity.Error, code, source, 0, message) { Field = field });
        return Rejected(request, log, collective, period, message);
    }

    private static BillingOutcome Rejected(BillingRequest request, ConformityLog log, Collective? collective, BillingPeriod? period, string message)
    {
        var report = log.ToReport();
        var files = new OutputSet(request.Output);
        files.Add(SummaryWriter.FileName, SummaryWriter.Write(period, period?.Name ?? request.Month, collective, null, [], report, message));
        AddReport(files, report);
        return new BillingOutcome(WithManifest(files, request, collective, collective?.RulesHash ?? string.Empty, period?.Name ?? request.Month), message, report);
    }

    private static void AddReport(OutputSet files, ConformityReport report)
    {
        files.Add(ConformityWriter.JsonName, ConformityWriter.WriteJson(report));
        files.Add(ConformityWriter.CsvName, ConformityWriter.WriteCsv(report));
    }

    /// <summary>The manifest lists the inputs under pseudonymous paths (<see cref="MemberFiles.Inputs"/>): no member's PRM.</summary>
    /// <remarks>The manifest lists what was already written (hashed on the way); it is the last file of the set.</remarks>
    private static ImmutableSortedDictionary<string, byte[]> WithManifest(OutputSet files, BillingRequest request, Collective? collective, string rulesHash, string period)
    {
        var manifest = ManifestWriter.Write(files.Entries, MemberFiles.Inputs(InputDigest.Of(request.Entries), collective), rulesHash, period);
        files.Add(ManifestWriter.FileName, manifest);
        return files.Files;
    }
}
