using System.Collections.Immutable;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// The optional <c>participants[].investmentShare</c> of <c>collective.json</c> (a member's
/// part of the plant's financing, any non-negative number; the simulator normalises them),
/// for the fairness view. Values that are not non-negative numbers are ignored.
/// </summary>
public static class InvestmentShares
{
    public static ImmutableSortedDictionary<Prm, decimal> Read(Stream collectiveJson)
    {
        var shares = ImmutableSortedDictionary.CreateBuilder<Prm, decimal>();
        try
        {
            using var document = JsonDocument.Parse(collectiveJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("participants", out var participants) && participants.ValueKind == JsonValueKind.Array)
            {
                foreach (var p in participants.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
                {
                    if (p.TryGetProperty("prm", out var prm) && prm.ValueKind == JsonValueKind.String && Prm.TryParse(prm.GetString(), out var id)
                        && p.TryGetProperty("investmentShare", out var share) && share.ValueKind == JsonValueKind.Number && share.TryGetDecimal(out var value) && value >= 0m)
                    {
                        shares[id] = value;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // collective.json itself is validated (and rejected) by the collective reader.
        }

        return shares.ToImmutable();
    }
}
