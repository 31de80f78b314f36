using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// Stable pseudonyms for documents that mention other members: consumers are <c>Membre 01</c>,
/// <c>Membre 02</c>… and producers <c>Producteur 01</c>… in PRM order. A member's own documents
/// never show another member's PRM or name; the collective-wide report shows names only when
/// <c>publishNames</c> is true.
/// </summary>
public static class Pseudonyms
{
    public static ImmutableSortedDictionary<Prm, string> Of(Collective collective) => Numbered(collective, "Membre ", "Producteur ");

    /// <summary>
    /// The same numbering, shortened for file names: <c>m01</c>, <c>m02</c>… for consumers and storage
    /// (<c>Membre 01</c>…), <c>p01</c>… for producers (<c>Producteur 01</c>…).
    /// </summary>
    public static ImmutableSortedDictionary<Prm, string> FileIds(Collective collective) => Numbered(collective, "m", "p");

    private static ImmutableSortedDictionary<Prm, string> Numbered(Collective collective, string consumerPrefix, string producerPrefix)
    {
        ArgumentNullException.ThrowIfNull(collective);
        var names = ImmutableSortedDictionary.CreateBuilder<Prm, string>();
        Number(names, collective.Participants.Where(p => p.Role != Role.Producer), consumerPrefix);
        Number(names, collective.Participants.Where(p => p.Role == Role.Producer), producerPrefix);
        return names.ToImmutable();
    }

    private static void Number(ImmutableSortedDictionary<Prm, string>.Builder names, IEnumerable<Participant> participants, string prefix)
    {
        var i = 0;
        foreach (var p in participants.OrderBy(p => p.Prm))
        {
            i++;
            names[p.Prm] = prefix + i.ToString("00", CultureInfo.InvariantCulture);
        }
    }
}
