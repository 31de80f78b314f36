using System.Collections.Frozen;
using System.Collections.Immutable;
using Nethereum.ABI.ABIDeserialisation;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.Model;
using Nethereum.Hex.HexConvertors.Extensions;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// A contract's Solidity JSON ABI (an artifact as solc or Hardhat writes it) through Nethereum's
/// encoder and decoder. Functions are named (<c>viewDeal</c>) or, when overloaded, given by signature
/// (<c>initialize(bytes32,uint256)</c>). Arguments may be our <see cref="Address"/>/<see cref="Hash32"/>,
/// <see cref="System.Numerics.BigInteger"/>, integers, strings, byte arrays, and <c>object[]</c> or lists
/// for tuples and arrays.
/// </summary>
public sealed class ContractAbi
{
    private readonly ContractABI _abi;
    private readonly FrozenDictionary<string, string> _namesBySelector;

    /// <summary>Parses an ABI JSON array (or an artifact object with an <c>abi</c> member).</summary>
    public ContractAbi(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var trimmed = json.TrimStart();
        var abiJson = trimmed.StartsWith('{') ? System.Text.Json.Nodes.JsonNode.Parse(trimmed)!["abi"]!.ToJsonString() : json;
        _abi = new ABIJsonDeserialiser().DeserialiseContract(abiJson);
        _namesBySelector = _abi.Functions.DistinctBy(f => f.Sha3Signature)
            .ToFrozenDictionary(f => f.Sha3Signature, f => f.Name, StringComparer.Ordinal);
    }

    public ImmutableArray<ErrorABI> Errors => [.. _abi.Errors ?? []];

    /// <summary>Every function's 4-byte selector.</summary>
    public ImmutableArray<byte[]> Selectors => [.. _abi.Functions.Select(f => f.Sha3Signature.HexToByteArray())];

    /// <summary>selector ‖ abi.encode(arguments) of <paramref name="function"/>.</summary>
    public byte[] Encode(string function, params object?[] arguments)
    {
        var abi = Function(function);
        return new FunctionCallEncoder().EncodeRequest(abi.Sha3Signature, abi.InputParameters, AbiArguments.Convert(arguments)).HexToByteArray();
    }

    /// <summary>Creation code ‖ abi.encode(constructor arguments).</summary>
    public byte[] EncodeDeployment(byte[] creationCode, params object?[] arguments)
    {
        var constructor = _abi.Constructor ?? throw new InvalidOperationException("The ABI has no constructor.");
        ArgumentNullException.ThrowIfNull(creationCode);
        return [.. creationCode, .. new ParametersEncoder().EncodeParameters(constructor.InputParameters, AbiArguments.Convert(arguments))];
    }

    /// <summary>The return values of <paramref name="function"/>, by name and position.</summary>
    public AbiRecord Decode(string function, byte[] returnData)
    {
        var abi = Function(function);
        return new AbiRecord(new FunctionCallDecoder().DecodeDefaultData(returnData, abi.OutputParameters));
    }

    /// <summary>The decoded non-indexed and indexed parameters of a log of <paramref name="eventName"/>, or null when the log is another event.</summary>
    public AbiRecord? DecodeEvent(string eventName, ImmutableArray<Hash32> topics, ImmutableArray<byte> data)
    {
        var abi = Event(eventName);
        if (topics.IsDefaultOrEmpty || topics[0] != Hash32.Parse(abi.Sha3Signature))
        {
            return null;
        }

        object[] topicTexts = [.. topics.Select(t => (object)t.ToString())];
        return new AbiRecord(new EventTopicDecoder().DecodeDefaultTopics(abi, topicTexts, data.AsSpan().ToArray().ToHex(true)));
    }

    /// <summary>The (name, type) members of the tuple parameter <paramref name="index"/> of <paramref name="function"/>.</summary>
    public ImmutableArray<(string Name, string Type)> TupleComponents(string function, int index) =>
        [.. ((Nethereum.ABI.TupleType)Function(function).InputParameters[index].ABIType).Components.Select(c => (c.Name, c.Type))];

    /// <summary>The topic (keccak of the signature) of an event.</summary>
    public Hash32 Topic(string eventName) => Hash32.Parse(Event(eventName).Sha3Signature);

    public byte[] Selector(string function) => Function(function).Sha3Signature.HexToByteArray();

    /// <summary>The function name of call data, for readable messages ("matchOrders reverted: …"), or null.</summary>
    public string? NameOf(ReadOnlySpan<byte> callData) =>
        callData.Length >= 4 && _namesBySelector.TryGetValue(Convert.ToHexStringLower(callData[..4]), out var name) ? name : null;

    private FunctionABI Function(string function) =>
        (function.Contains('(', StringComparison.Ordinal)
            ? _abi.Functions.FirstOrDefault(f => f.Signature == function)
            : _abi.Functions.FirstOrDefault(f => f.Name == function))
        ?? throw new ArgumentException($"The ABI has no function {function}.", nameof(function));

    private EventABI Event(string name) =>
        _abi.Events.FirstOrDefault(e => e.Name == name) ?? throw new ArgumentException($"The ABI has no event {name}.", nameof(name));
}
