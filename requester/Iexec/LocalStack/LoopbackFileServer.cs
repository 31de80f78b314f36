using System.Collections.Concurrent;
using System.Net;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 serving byte arrays by path: the local stack's stand-in for
/// the dataset host, the IPFS gateway results are downloaded from and the market API. With a
/// <c>datasetFolder</c>, files written there are served under <c>/datasets/</c> too.
/// </summary>
public sealed class LoopbackFileServer : IDisposable, Requester.Iexec.IDatasetStorage
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PostedRequest> _posts = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private readonly string? _datasetFolder;

    public LoopbackFileServer(string? datasetFolder = null)
    {
        _datasetFolder = datasetFolder;
        var port = LoopbackPorts.Free();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>The paths published so far.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Every POST received (answered 204), as an SMS would receive secrets.</summary>
    public IReadOnlyCollection<PostedRequest> Posts => _posts;

    /// <summary>Publishes <paramref name="bytes"/> at <paramref name="path"/> (starting with '/') and returns its URL.</summary>
    public Uri Put(string path, byte[] bytes)
    {
        _files[path] = bytes;
        return new Uri(BaseAddress, path);
    }

    /// <summary>Answers every request whose path is <paramref name="path"/> or starts with <paramref name="path"/> + '/' with <paramref name="handler"/>.</summary>
    public void Route(string path, Func<HttpListenerContext, Task> handler) => _routes[path] = handler;

    /// <summary>Serves a published dataset under <c>/datasets/</c>.</summary>
    public Task<Uri> PublishAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        Task.FromResult(Put("/datasets/" + fileName, content));

    /// <summary>Replaces a published file (to play a tampering host).</summary>
    public byte[] Get(string path) => _files[path];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // the listener was closed under the pending GetContextAsync
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    /// <summary>
    /// Answers one request (one at a time: the routes' state needs no locking) and ends it with
    /// <see cref="HttpListenerResponse.Close()"/>, which keeps the connection alive as HTTP/1.1 asks:
    /// disposing the response instead aborts the connection, and a client still reading a large body
    /// then sees the server hang up (Node's fetch fails with "other side closed").
    /// </summary>
    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            await AnswerCoreAsync(context);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            response.Abort();
        }
    }

    private async Task AnswerCoreAsync(HttpListenerContext context)
    {
        var response = context.Response;
        if (FindRoute(context.Request.Url!.AbsolutePath) is { } route)
        {
            await route(context);
        }
        else if (context.Request.HttpMethod == "POST")
        {
            using var reader = new StreamReader(context.Request.InputStream);
            _posts.Enqueue(new PostedRequest(context.Request.Url!.PathAndQuery, context.Request.Headers["Authorization"], await reader.ReadToEndAsync()));
            response.StatusCode = 204;
        }
        else if (_files.TryGetValue(context.Request.Url!.AbsolutePath, out var bytes) || TryReadDataset(context.Request.Url.AbsolutePath, out bytes))
        {
            response.StatusCode = 200;
            response.ContentLength64 = bytes.LongLength;
            await response.OutputStream.WriteAsync(bytes);
        }
        else
        {
            response.StatusCode = 404;
        }
    }

    private Func<HttpListenerContext, Task>? FindRoute(string path)
    {
        var first = path.IndexOf('/', 1);
        return _routes.TryGetValue(first < 0 ? path : path[..first], out var handler) ? handler : null;
    }

    private bool TryReadDataset(string path, out byte[] bytes)
    {
        bytes = [];
        var name = path.StartsWith("/datasets/", StringComparison.Ordinal) ? Uri.UnescapeDataString(path["/datasets/".Length..]) : string.Empty;
        if (_datasetFolder is null || name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('.'))
        {
            return false;
        }

        var file = Path.Combine(_datasetFolder, name);
        if (!File.Exists(file))
        {
            return false;
        }

        bytes = File.ReadAllBytes(file);
        return true;
    }
}
