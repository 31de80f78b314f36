using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Orders;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Retries transient HTTP failures (connection refused or reset, a try that times out, HTTP 5xx,
/// 408, 429) with a Polly pipeline, bounded by <see cref="RetrySettings"/>, and says so on
/// <paramref name="log"/>: <c>RPC http://127.0.0.1:8545/: connection refused, attempt 2/4</c>. This
/// covers the JSON-RPC node, the market API, the SMS and the result gateway alike. A JSON-RPC error
/// answered with HTTP 200 is the node's answer, never retried. A transaction whose fate is unknown
/// is never blindly resent: before retrying <c>eth_sendRawTransaction</c>, the handler asks
/// <c>eth_getTransactionByHash</c> for the signed transaction's hash and, when the node has it,
/// answers with that hash instead of sending again.
/// </summary>
public sealed class TransientRetryHandler(RetrySettings settings, TextWriter log) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = Build(settings, log);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? body = null;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        var rpc = JsonRpcCall.TryRead(body);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Label, rpc is null ? $"{request.Method} {request.RequestUri}" : $"RPC {request.RequestUri}");
        var attempt = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async (ctx, state) =>
                {
                    if (++attempt > 1 && state.Rpc?.RawTransactionHash is { } hash && await IsKnownAsync(state.Request, hash, ctx.CancellationToken))
                    {
                        return state.Rpc.Answer(hash);
                    }

                    return await base.SendAsync(state.Request, ctx.CancellationToken);
                },
                context,
                (Request: request, Rpc: rpc));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static readonly ResiliencePropertyKey<string> Label = new("daisee.label");

    private static ResiliencePipeline<HttpResponseMessage> Build(RetrySettings settings, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = settings.FirstDelay,
                MaxDelay = settings.MaxDelay,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
                OnRetry = args =>
                {
                    var label = args.Context.Properties.GetValue(Label, "HTTP");
                    log.WriteLine($"{label}: {Describe(args.Outcome)}, attempt {args.AttemptNumber + 2}/{settings.MaxAttempts}");
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => $"HTTP {(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}",
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "connection refused",
        HttpRequestException { InnerException: SocketException socket } => socket.SocketErrorCode.ToString(),
        TimeoutRejectedException timeout => $"no answer within {timeout.Timeout.TotalSeconds:0.###} s",
        var other => other.Message,
    };

    private async Task<bool> IsKnownAsync(HttpRequestMessage original, string hash, CancellationToken cancellationToken)
    {
        var query = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "eth_getTransactionByHash", ["params"] = new JsonArray(hash) };
        using var lookup = new HttpRequestMessage(HttpMethod.Post, original.RequestUri)
        {
            Content = new StringContent(query.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using var response = await base.SendAsync(lookup, cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return answer?["result"] is JsonObject;
    }

    /// <summary>What the handler needs of a JSON-RPC request body.</summary>
    private sealed record JsonRpcCall(JsonNode? Id, string? RawTransactionHash)
    {
        public static JsonRpcCall? TryRead(string? body)
        {
            if (body is null || !body.Contains("\"jsonrpc\"", StringComparison.Ordinal))
            {
                return null;
            }

            try
            {
                if (JsonNode.Parse(body) is not JsonObject call)
                {
                    return null;
                }

                var raw = (string?)call["method"] == "eth_sendRawTransaction" ? (string?)call["params"]?[0] : null;
                var hash = raw is not null && Chain.Hex.TryDecode(raw, out var bytes) ? IexecIds.Keccak(bytes).ToString() : null;
                return new JsonRpcCall(call["id"]?.DeepClone(), hash);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }

        /// <summary>The answer the node gave the first time: the transaction hash.</summary>
        public HttpResponseMessage Answer(string hash)
        {
            var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = Id?.DeepClone(), ["result"] = hash };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") };
        }
    }
}
