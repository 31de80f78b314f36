using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// Pseudonymous names for what <c>manifest.json</c> lists, so that it reveals no member's PRM or name.
/// A participant's file id is the report's pseudonym shortened (<see cref="Pseudonyms.FileIds"/>):
/// consumers and storage <c>m01</c>, <c>m02</c>… (<c>Membre 01</c>…), producers <c>p01</c>… (<c>Producteur 01</c>…), each
/// in PRM order among every participant listed (the same id the organiser gives <c>member add --id</c>). Its files are
/// <c>bill-m01.json|pdf</c> or <c>statement-p01.json|pdf</c>. In the manifest's <c>inputs</c>, a participant's PRM
/// in a path becomes its id and any other 14-digit number becomes <see cref="Unlisted"/>
/// (<c>curves/2026-06/30000000000011.csv</c> → <c>curves/2026-06/m01.csv</c>). The id ↔ PRM table is
/// <see cref="TableName"/>, the organiser's file.
/// </summary>
public static partial class MemberFiles
{
    /// <summary>The organiser's table: <c>pseudonym,prm,role,name</c>, one row per participant, by pseudonym.</summary>
    public const string TableName = "pseudonyms.csv";

    public const string TableHeader = "pseudonym,prm,role,name";

    /// <summary>What replaces a 14-digit number of an input path that is no participant's PRM.</summary>
    public const string Unlisted = "unlisted";

    /// <summary>Each participant's file id, by PRM (<see cref="Pseudonyms.FileIds"/>).</summary>
    public static ImmutableSortedDictionary<Prm, string> Ids(Collective collective) => Pseudonyms.FileIds(collective);

    public static string BillJson(string id) => $"bill-{id}.json";

    public static string BillPdf(string id) => $"bill-{id}.pdf";

    public static string StatementJson(string id) => $"statement-{id}.json";

    public static string StatementPdf(string id) => $"statement-{id}.pdf";

    /// <summary><see cref="TableName"/>: the only output that pairs a file id with a PRM and a name.</summary>
    public static byte[] WriteTable(Collective collective)
    {
        ArgumentNullException.ThrowIfNull(collective);
        var ids = Ids(collective);
        var rows = collective.Participants
            .Select(p => (Id: ids[p.Prm], p))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => string.Join(',', r.Id, r.p.Prm.Value, RoleName(r.p.Role), CsvText.Field(r.p.Name)));
        return CsvText.Write(TableHeader, rows);
    }

    /// <summary>The inputs as the manifest lists them: paths pseudonymised, sorted by path then sha256.</summary>
    public static IEnumerable<ManifestEntry> Inputs(IEnumerable<ManifestEntry> inputs, Collective? collective)
    {
        var ids = collective is null ? ImmutableSortedDictionary<Prm, string>.Empty : Ids(collective);
        return inputs
            .Select(e => e with { Path = PseudonymisePath(e.Path, ids) })
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Sha256, StringComparer.Ordinal);
    }

    /// <summary>Every 14-digit number of <paramref name="path"/> (not part of a longer one) replaced by its id, else <see cref="Unlisted"/>.</summary>
    public static string PseudonymisePath(string path, IReadOnlyDictionary<Prm, string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return FourteenDigits().Replace(path, m => Prm.TryParse(m.Value, out var prm) && ids.TryGetValue(prm, out var id) ? id : Unlisted);
    }

    private static string RoleName(Role role) => role switch
    {
        Role.Producer => "producer",
        Role.Storage => "storage",
        _ => "consumer",
    };

    [GeneratedRegex(@"(?<!\d)\d{14}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FourteenDigits();
}
