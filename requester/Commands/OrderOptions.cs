using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// The options of an order a seller publishes (<c>app publish</c>, <c>dataset publish</c>): price in nRLC per
/// task, volume in tasks, tag, and the restrictions (zero = anyone). The defaults are the iExec SDK's (price 0,
/// volume 1000000, tag 0x0, unrestricted) unless a verb gives its own.
/// </summary>
public sealed class OrderOptions
{
    public Option<string> Price { get; } = new("--price") { Description = "The price per task in nRLC (10^-9 RLC).", DefaultValueFactory = _ => "0" };

    public Option<string> Volume { get; } = new("--volume") { Description = "How many tasks the order sells.", DefaultValueFactory = _ => "1000000" };

    public Option<string> Tag { get; } = new("--tag") { Description = "The order's tag: a bytes32 hex or names (tee,tdx); 0x0 = standard.", DefaultValueFactory = _ => "0x0" };

    public Option<string?> DatasetRestrict { get; } = new("--dataset-restrict") { Description = "Only this dataset may be used with the order." };

    public Option<string?> AppRestrict { get; } = new("--app-restrict") { Description = "Only this app may compute on the order." };

    public Option<string?> WorkerpoolRestrict { get; } = new("--workerpool-restrict") { Description = "Only this workerpool may run the order." };

    public Option<string?> RequesterRestrict { get; } = new("--requester-restrict") { Description = "Only this requester may buy the order." };

    /// <summary>Adds the options (without <paramref name="skip"/>) and one validator that reports every malformed value at once.</summary>
    public void AddTo(Command command, params Option[] skip)
    {
        ArgumentNullException.ThrowIfNull(command);
        Option[] all = [Price, Volume, Tag, DatasetRestrict, AppRestrict, WorkerpoolRestrict, RequesterRestrict];
        foreach (var option in all.Except(skip))
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            foreach (var problem in Problems(result))
            {
                result.AddError(problem);
            }
        });
    }

    public BigInteger PriceOf(ParseResult parse) => Integer(parse?.GetValue(Price) ?? "0");

    public BigInteger VolumeOf(ParseResult parse) => Integer(parse?.GetValue(Volume) ?? "1");

    public Hash32 TagOf(ParseResult parse) => IexecTags.Parse(parse?.GetValue(Tag) ?? "0x0");

    /// <summary>The restriction address, <paramref name="fallback"/> when the option is absent.</summary>
    public static Address AddressOf(ParseResult parse, Option<string?> option, Address fallback) =>
        parse?.GetValue(option) is { Length: > 0 } text ? Address.Parse(text.ToLowerInvariant()) : fallback;

    private IEnumerable<string> Problems(CommandResult result)
    {
        foreach (var option in new[] { Price, Volume })
        {
            if (result.GetValue(option) is { } text && !BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                yield return $"{option.Name} must be a non-negative integer; got '{text}'.";
            }
        }

        if (result.GetValue(Volume) == "0")
        {
            yield return "--volume must be at least 1.";
        }

        var tag = result.GetValue(Tag) ?? "0x0";
        if (!IsTag(tag))
        {
            yield return $"--tag must be a bytes32 hex or names among tee, scone, gramine, tdx; got '{tag}'.";
        }

        foreach (var option in new[] { DatasetRestrict, AppRestrict, WorkerpoolRestrict, RequesterRestrict })
        {
            if (result.GetValue(option) is { Length: > 0 } text && !Address.TryParse(text.ToLowerInvariant(), out _))
            {
                yield return $"{option.Name} must be an address (0x + 40 hex digits); got '{text}'.";
            }
        }
    }

    private static bool IsTag(string text)
    {
        try
        {
            IexecTags.Parse(text);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static BigInteger Integer(string text) => BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
