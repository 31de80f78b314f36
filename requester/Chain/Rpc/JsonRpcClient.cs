using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Chain.Rpc;

/// <summary>
/// JSON-RPC 2.0 over HTTP POST (System.Net.Http + System.Text.Json). Errors come back as
/// <see cref="JsonRpcException"/> (or as data from <see cref="TrySendAsync"/>), with revert
/// data decoded using the standard errors plus <paramref name="knownErrors"/>. HTTP or
/// transport failures stay <see cref="HttpRequestException"/>: a broken environment.
/// </summary>
public sealed class JsonRpcClient(HttpClient http, Uri endpoint, IEnumerable<AbiError>? knownErrors = null)
{
    private readonly ImmutableArray<AbiError> _knownErrors = [.. knownErrors ?? []];
    private long _lastId;

    /// <summary>The node's URL.</summary>
    public Uri Endpoint { get; } = endpoint ?? throw new ArgumentNullException(nameof(endpoint));

    /// <summary>Calls <paramref name="method"/>; throws <see cref="JsonRpcException"/> when the node answers with an error.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        var response = await TrySendAsync(method, parameters, cancellationToken).ConfigureAwait(false);
        return response.Error is { } error ? throw new JsonRpcException(method, error) : response.Result;
    }

    /// <summary>Calls <paramref name="method"/>, returning an error answer as data.</summary>
    public async Task<JsonRpcResponse> TrySendAsync(string method, JsonArray parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var id = Interlocked.Increment(ref _lastId);
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(Endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        using var document = Parse(method, body, response);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            return new JsonRpcResponse(default, ReadError(error));
        }

        return root.TryGetProperty("result", out var result)
            ? new JsonRpcResponse(result.Clone(), null)
            : throw new HttpRequestException($"{method}: the node's answer has neither result nor error.");
    }

    private static JsonDocument Parse(string method, byte[] body, HttpResponseMessage response)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new HttpRequestException(
                $"{method}: the node answered HTTP {(int)response.StatusCode} with something that is not JSON.", e, response.StatusCode);
        }
    }

    private JsonRpcError ReadError(JsonElement error)
    {
        var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : 0;
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
        var data = error.TryGetProperty("data", out var d) ? d : default;
        var revertHex = RevertHex(data);
        var reverted = code == 3 || revertHex is not null || message.Contains("revert", StringComparison.OrdinalIgnoreCase);
        var revert = reverted ? RevertReason.Decode(Hex.TryDecode(revertHex, out var bytes) ? bytes : [], _knownErrors) : null;
        return new JsonRpcError(code, message, data.ValueKind == JsonValueKind.Undefined ? null : data.GetRawText(), revert);
    }

    private static string? RevertHex(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.String when data.GetString() is { } s && s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && Hex.TryDecode(s, out _) => s,
        JsonValueKind.Object when data.TryGetProperty("data", out var inner) => RevertHex(inner),
        _ => null,
    };
}
