using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.SampleGenerator.Faults;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Cli;

/// <summary>Parses the command line by hand; every problem is reported, none is thrown.</summary>
public static class GeneratorOptionsParser
{
    public static (GeneratorOptions? Options, ImmutableArray<string> Errors) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = ImmutableArray.CreateBuilder<string>();
        Dictionary<string, string> values = ReadPairs(args, errors);
        ulong seed = 42;
        if (values.TryGetValue("--seed", out string? seedText) && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            errors.Add("--seed must be a non-negative integer");
        }

        int consumers = 16;
        if (values.TryGetValue("--consumers", out string? countText)
            && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out consumers) || consumers is < 1 or > 9999))
        {
            errors.Add("--consumers must be an integer from 1 to 9999");
        }

        ImmutableArray<YearMonth> months = values.TryGetValue("--months", out string? monthsText)
            ? ParseMonths(monthsText, errors)
            : GeneratorOptions.DefaultMonths;
        string? variant = values.GetValueOrDefault("--variant");
        if (variant is not null && variant != FaultVariants.All && !FaultVariants.Names.Contains(variant))
        {
            errors.Add("unknown --variant '" + variant + "'");
        }

        string? outDirectory = values.GetValueOrDefault("--out");
        string? plot = values.GetValueOrDefault("--plot");
        if (outDirectory is null && plot is null)
        {
            errors.Add("--out is required (or --plot alone)");
        }

        string weather = values.GetValueOrDefault("--weather") ?? "no";
        if (weather is not ("yes" or "no"))
        {
            errors.Add("--weather must be yes or no");
        }

        return errors.Count > 0
            ? (null, errors.ToImmutable())
            : (new GeneratorOptions(outDirectory, seed, consumers, months, variant, plot) { Weather = weather == "yes" }, []);
    }

    /// <summary>Reads "--name value" pairs; an unknown name is reported and its value skipped.</summary>
    private static Dictionary<string, string> ReadPairs(IReadOnlyList<string> args, ImmutableArray<string>.Builder errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] known = ["--out", "--seed", "--consumers", "--months", "--variant", "--plot", "--weather"];
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (i + 1 >= args.Count)
            {
                errors.Add(known.Contains(name) ? name + " needs a value" : "unknown argument '" + name + "'");
            }
            else if (!known.Contains(name))
            {
                errors.Add("unknown argument '" + name + "'");
                i++;
            }
            else
            {
                values[name] = args[++i];
            }
        }

        return values;
    }

    private static ImmutableArray<YearMonth> ParseMonths(string text, ImmutableArray<string>.Builder errors)
    {
        var months = new SortedSet<YearMonth>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(part);
            if (result.Success)
            {
                months.Add(result.Value);
            }
            else
            {
                errors.Add("--months: '" + part + "' is not YYYY-MM");
            }
        }

        if (months.Count == 0)
        {
            errors.Add("--months needs at least one month");
        }

        return [.. months];
    }
}
