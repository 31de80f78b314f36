using System.Collections.Immutable;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Governance;

/// <summary>One check of a result against the collective's ledger: what was compared, and whether it held.</summary>
public sealed record CollectiveCheck(bool Passed, string Name, string Detail)
{
    /// <summary>
    /// The checks of <c>verify --month</c>: the month's anchor exists; its task is the result's task (else who
    /// superseded it); the task is COMPLETED and sha256(manifest) = its <c>resultDigest</c> = the anchored digest;
    /// the deal's requester is the organiser and its app is <paramref name="app"/>; the manifest's
    /// <c>rulesHash</c> is the anchored one, approved by a strict majority; the manifest's period is the month.
    /// </summary>
    public static Task<ImmutableArray<CollectiveCheck>> RunAsync(
        DaiseeCollectiveClient collective, PocoClient poco, ResultFiles result, uint period, Hash32? taskId, Address? app, CancellationToken cancellationToken) =>
        RunAsync(collective, poco, result, period, taskId, app, memberCopy: false, cancellationToken);

    /// <summary>As above; <paramref name="memberCopy"/> checks the files present of a member's copy (<see cref="ResultVerifier"/>).</summary>
    public static async Task<ImmutableArray<CollectiveCheck>> RunAsync(
        DaiseeCollectiveClient collective, PocoClient poco, ResultFiles result, uint period, Hash32? taskId, Address? app, bool memberCopy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collective);
        ArgumentNullException.ThrowIfNull(poco);
        ArgumentNullException.ThrowIfNull(result);
        var month = Period.Format(period);
        var anchor = await collective.AnchorOfAsync(period, cancellationToken);
        if (anchor is null)
        {
            return [new(false, "anchor", $"{month} is not anchored on collective {collective.Contract}")];
        }

        var checks = ImmutableArray.CreateBuilder<CollectiveCheck>();
        checks.Add(new(true, "anchor", $"{month} anchored on {collective.Contract} (revision {anchor.Revision})"));
        var task = taskId ?? anchor.TaskId;
        checks.Add(task == anchor.TaskId
            ? new(true, "task", $"{task} is the anchored task")
            : new(false, "task", anchor.Revision > 0
                ? $"{task} is not the anchored task: {month} was superseded by task {anchor.TaskId} (revision {anchor.Revision})"
                : $"{task} is not the anchored task {anchor.TaskId}"));
        var view = await poco.ViewTaskAsync(task, cancellationToken);
        var digest = result.Files.TryGetValue(ResultVerifier.ManifestName, out var manifestBytes) ? ResultDigest.OfFile(manifestBytes) : Hash32.Zero;
        checks.Add(new(view.Status == Iexec.TaskStatus.Completed, "task status", $"{view.Status}"));
        var files = ResultVerifier.Verify(result, view.ResultDigest, memberCopy);
        checks.Add(new(files.IsValid, "files", !files.IsValid ? string.Join("; ", files.Problems)
            : memberCopy ? $"{string.Join(", ", files.Checked)} match manifest.json ({files.Absent.Length} files of others absent, not checked)"
            : $"{result.Files.Count} files match manifest.json"));
        checks.Add(new(!digest.IsZero && digest == view.ResultDigest && digest == anchor.ResultDigest, "result digest",
            $"sha256(manifest) {digest}, task resultDigest {view.ResultDigest}, anchored {anchor.ResultDigest}"));
        var deal = await poco.ViewDealAsync(view.DealId, cancellationToken);
        var organiser = await collective.OrganiserAsync(cancellationToken);
        checks.Add(new(deal.Requester == organiser, "requester", $"deal requester {deal.Requester}, organiser {organiser}"));
        checks.Add(app is { } expected
            ? new(deal.App == expected, "app", $"deal app {deal.App}, collective's app {expected}")
            : new(false, "app", $"deal app {deal.App}; set DAISEE_APP to the collective's app to compare"));
        var (rulesHash, manifestPeriod) = ReadManifest(manifestBytes);
        var approved = rulesHash is { } rules && await collective.IsApprovedAsync(rules, cancellationToken);
        checks.Add(new(rulesHash == anchor.RulesHash && approved, "rules",
            $"manifest rulesHash {rulesHash?.ToString() ?? "(none)"}, anchored {anchor.RulesHash}, {(approved ? "approved by a strict majority" : "not approved")}"));
        checks.Add(new(manifestPeriod == month, "period", $"manifest period {manifestPeriod ?? "(none)"}, month {month}"));
        return checks.ToImmutable();
    }

    private static (Hash32? RulesHash, string? Period) ReadManifest(byte[]? bytes)
    {
        if (bytes is null)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var rules = root.TryGetProperty("rulesHash", out var r) && Hash32.TryParse("0x" + r.GetString(), out var hash) ? hash : (Hash32?)null;
            var period = root.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            return (rules, period);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
