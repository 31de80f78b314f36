using System.Text.Json;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Fetches a completed task's result: reads the task on chain, downloads the zip its
/// <c>results</c> field points at (<c>/ipfs/…</c> through the IPFS gateway, or a full URL) and
/// verifies it against the on-chain <c>resultDigest</c>. Nothing is written here: the caller
/// shows the files only when <see cref="VerificationReport.IsValid"/>.
/// </summary>
public sealed class ResultDownloader(PocoClient poco, HttpClient http, Uri ipfsGateway)
{
    /// <summary>Downloads and verifies task <paramref name="taskId"/>, which must be COMPLETED.</summary>
    public async Task<PulledResult> PullAsync(Hash32 taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poco);
        var task = await poco.ViewTaskAsync(taskId, cancellationToken);
        if (task.Status != TaskStatus.Completed)
        {
            throw new InvalidOperationException($"Task {taskId} is {task.Status.ToString().ToUpperInvariant()}, not COMPLETED: it has no result to pull.");
        }

        var location = Location(task.ResultsText);
        var zip = await http.GetByteArrayAsync(location, cancellationToken);
        try
        {
            var files = ResultFiles.ReadZip(zip);
            return new PulledResult(taskId, task, location, files, ResultVerifier.Verify(files, task.ResultDigest));
        }
        catch (InvalidDataException e)
        {
            // A zip that cannot be opened safely is a refused result, like one that does not match its digest.
            var empty = new ResultFiles(System.Collections.Immutable.ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal));
            return new PulledResult(taskId, task, location, empty, new VerificationReport(null, task.ResultDigest, [e.Message]));
        }
    }

    /// <summary>Where the results field says the zip is.</summary>
    public Uri Location(string results)
    {
        string? location;
        try
        {
            using var json = JsonDocument.Parse(results);
            location = json.RootElement.TryGetProperty("location", out var l) ? l.GetString() : null;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The task's results field is not the JSON a worker writes ({e.Message}): '{results}'.", e);
        }

        return location switch
        {
            null or "" => throw new InvalidOperationException($"The task's results field has no location: '{results}'."),
            _ when Uri.TryCreate(location, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" => url,
            _ => new Uri(ipfsGateway, location.StartsWith('/') ? location : "/ipfs/" + location),
        };
    }
}
