using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Daisee.Billing.SampleGenerator.Datasets;
using Daisee.Billing.SampleGenerator.Sites;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Output;
using Daisee.Billing.Worker.Output.FacturX;
using Daisee.Billing.Worker.Output.Pdf;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Benchmarks;

/// <summary>
/// The worker's hot stages on the sample generator's collective (seed 42, June 2026, <see cref="Members"/>
/// consumers and 2 producers), each stage fed with the previous stage's real result: stamp parsing,
/// ingest + assembly, allocation per key type, bill lines, one PDF of each kind (a member's bill, a Factur-X
/// invoice, a producer's statement), the seller split, and the per-step CSV files (each alone, and the three in parallel as the run writes them).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _folder = string.Empty;
    private ImmutableArray<DatasetEntry> _entries;
    private Collective _collective = null!;
    private CurveSet _curves = null!;
    private AllocationResult _allocation = null!;
    private BillingDocuments _documents = null!;
    private string[] _stamps = [];
    private byte[] _invoiceXml = [];

    [Params(100)]
    public int Members { get; set; }

    [Params(AllocationMethod.Prorata, AllocationMethod.Static, AllocationMethod.Cascade)]
    public AllocationMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("daisee-bench-").FullName;
        var (content, _) = DatasetSimulation.Run(42, VilleurbanneRoster.Create(Members), [new YearMonth(2026, 6)]);
        content.Write(_folder);
        _entries = [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Select(f => new DatasetEntry(Path.GetRelativePath(_folder, f).Replace('\\', '/'), new FileInfo(f).Length, () => File.OpenRead(f)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)];
        var dataset = DatasetReader.Read(_entries);
        _collective = dataset.Collective! with { Allocation = new AllocationRules(Method) };
        _curves = CurveAssembler.Assemble(_collective, Period, dataset.Curves!.Stream()).Curves;
        _allocation = AllocationStage.Run(_collective, _curves, AllocationInputs.None).Report!.Billed;
        _documents = BillingDocuments.Calculate(_collective, _allocation, RateTable.Embedded).Documents;
        _invoiceXml = CiiInvoiceWriter.Write(_documents.Invoices[0], _collective, Period);
        _stamps = [.. Enumerable.Range(0, 1440).Select(i => Instant.FromUtc(2026, 5, 31, 22, 30).Plus(Duration.FromMinutes(30 * i)).InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).ToString("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>", System.Globalization.CultureInfo.InvariantCulture))];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    private BillingPeriod Period => new(new YearMonth(2026, 6), _collective.Zone, _collective.StepMinutes);

    /// <summary>A month of portal stamps (end of interval, Paris time with its offset) parsed.</summary>
    [Benchmark]
    public int ParseStamps()
    {
        var parsed = 0;
        foreach (var stamp in _stamps)
        {
            parsed += IsoStamp.ParseInstant(stamp) is null ? 0 : 1;
        }

        return parsed;
    }

    /// <summary>Every curve file read and placed on the month's grid.</summary>
    [Benchmark]
    public CurveSet IngestAndAssemble() => CurveAssembler.Assemble(_collective, Period, DatasetReader.Read(_entries).Curves!.Stream()).Curves;

    [Benchmark]
    public AllocationReport? Allocate() => AllocationStage.Run(_collective, _curves, AllocationInputs.None).Report;

    [Benchmark]
    public BillingDocuments BillLines() => BillingDocuments.Calculate(_collective, _allocation, RateTable.Embedded).Documents;

    [Benchmark]
    public byte[] OnePdf()
    {
        var member = _allocation.Participants.First(p => p.Side == Direction.Consumption && _documents.LocalInvoiceOf(p.Participant.Prm) is not null);
        return InvoicePdfWriter.WriteBill(Period, _collective, member, _documents);
    }

    /// <summary>One invoice as its Factur-X PDF/A-3 (the CII XML built beforehand, as the documents stage shares it).</summary>
    [Benchmark]
    public byte[] OneInvoicePdf()
    {
        var invoice = _documents.Invoices[0];
        var member = _allocation.Participants.First(p => p.Side == Direction.Consumption && p.Participant.Prm == invoice.Buyer.Prm);
        return InvoicePdfWriter.WriteInvoice(Period, _collective, member, invoice, _invoiceXml);
    }

    /// <summary>One producer's statement PDF.</summary>
    [Benchmark]
    public byte[] OneStatementPdf()
    {
        var producer = _allocation.Participants.First(p => p.Side == Direction.Production && _documents.StatementOf(p.Participant.Prm) is not null);
        return InvoicePdfWriter.WriteStatement(Period, _collective, producer, _documents.StatementOf(producer.Participant.Prm)!, _documents);
    }

    [Benchmark]
    public byte[] AllocationCsv() => AllocationCsvWriter.Write(_allocation);

    [Benchmark]
    public byte[] KeysCsv() => KeysCsvWriter.Write(_allocation);

    [Benchmark]
    public byte[] CurvesCsv() => CurvesCsvWriter.Write(_curves);

    /// <summary>curves.csv, allocation.csv and keys.csv at the same time, hashed on the way, as the run writes them (to a sink that keeps nothing).</summary>
    [Benchmark]
    public int StepFiles()
    {
        var files = new OutputSet(_ => Stream.Null);
        StepFilesWriter.Write(files, _allocation, _allocation, _curves);
        return files.Entries.Count;
    }

    /// <summary>Which plant each member bought from, per step (the first part of the bill lines).</summary>
    [Benchmark]
    public long[][][] SellerSplits() => SellerSplit.Split(Period, [.. _allocation.Producers], [.. _allocation.Consumers]);
}
