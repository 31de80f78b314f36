using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>Optional market API filters; a null address leaves the filter out (= unrestricted orders only).</summary>
public sealed record MarketFilter(Address? App = null, Address? Dataset = null, Address? Workerpool = null, Address? Requester = null, Hash32? MinTag = null)
{
    /// <summary>No filter.</summary>
    public static MarketFilter None { get; } = new();

    /// <summary>The query pairs for the filters that are set.</summary>
    public IEnumerable<(string Key, string Value)> Pairs()
    {
        if (App is { } app)
        {
            yield return ("app", app.ToLowerHex());
        }

        if (Dataset is { } dataset)
        {
            yield return ("dataset", dataset.ToLowerHex());
        }

        if (Workerpool is { } workerpool)
        {
            yield return ("workerpool", workerpool.ToLowerHex());
        }

        if (Requester is { } requester)
        {
            yield return ("requester", requester.ToLowerHex());
        }

        if (MinTag is { } tag)
        {
            yield return ("minTag", tag.ToString());
        }
    }
}
