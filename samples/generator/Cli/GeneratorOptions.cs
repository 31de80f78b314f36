using System.Collections.Immutable;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Cli;

/// <summary>Parsed command line of daisee-samplegen.</summary>
public sealed record GeneratorOptions(
    string? OutDirectory,
    ulong Seed,
    int Consumers,
    ImmutableArray<YearMonth> Months,
    string? Variant,
    string? PlotPath)
{
    /// <summary>Also write the site's weather file of each month (<c>weather/&lt;month&gt;.csv</c>).</summary>
    public bool Weather { get; init; }

    public static ImmutableArray<YearMonth> DefaultMonths { get; } =
        [new YearMonth(2026, 3), new YearMonth(2026, 6), new YearMonth(2026, 10)];

    public const string Usage = """
        daisee-samplegen --out <folder> [--seed 42] [--consumers 16] [--months 2026-03,2026-06,2026-10]
                         [--variant <clean|unknown-prm|duplicate-rows|gap|negative-value|bad-timestamp|empty-value|all>]
                         [--plot <file.png>] [--weather yes|no]
          without --variant: writes the Villeurbanne sample (collective.json + curves/) into --out
          --variant NAME:    writes one faulty dataset (June 2026) into --out
          --variant all:     writes every faulty dataset into --out/<name>/ and --out/README.md
          --weather yes:     also writes weather/<month>.csv (irradiance and temperature of the curves' sky)
          --plot FILE:       draws one June week of the Villeurbanne sample (--out optional then)
        """;
}
