using System.Text.Json.Serialization;

namespace Daisee.Billing.Requester.Journal;

/// <summary>The journal file: its entries, oldest first.</summary>
public sealed record JournalDocument(int Version, IReadOnlyList<JournalEntry> Entries);

/// <summary>System.Text.Json source generation for the journal (camelCase, indented, LF).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JournalDocument))]
public sealed partial class JournalJson : JsonSerializerContext;
