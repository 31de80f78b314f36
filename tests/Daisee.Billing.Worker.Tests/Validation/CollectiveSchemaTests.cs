using System.Reflection;
using System.Text;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Validation;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>
/// The published schema (docs/collective.schema.json) is the one description of the shape of
/// collective.json: it drives the shape check, it covers every field the worker binds, and hostile
/// bytes (Latin-1, a huge file) are reported, never thrown.
/// </summary>
[TestFixture]
public sealed class CollectiveSchemaTests
{
    private const string Valid = """
        { "name": "x", "participants": [ { "prm": "30000000000001", "name": "Roof", "role": "producer" },
                                         { "prm": "30000000000011", "name": "Office", "role": "consumer", "left": null, "staticKey": null } ],
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ] }
        """;

    [Test]
    public void Read_NullsInObjects_CountAsAbsent()
    {
        var (collective, issues) = Read(Valid);

        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.Empty);
            Assert.That(collective!.Participants, Has.Length.EqualTo(2));
        });
    }

    [TestCase("{ \"name\": \"x\", \"stepMinutes\": \"thirty\", \"participants\": [], \"localPrices\": [] }", "stepMinutes",
        "must be one of 10, 15, 30, 60; found a string \"thirty\".")]
    [TestCase("{ \"name\": \"x\", \"participants\": [ { \"prm\": \"30000000000001\", \"name\": \"R\", \"role\": \"producer\", \"priorityGroup\": 1.5 } ], \"localPrices\": [] }", "participants[0].priorityGroup",
        "must be an integer, found a number 1.5.")]
    [TestCase("{ \"name\": \"x\", \"participants\": [], \"localPrices\": [ { \"from\": \"2026-01-01\", \"classes\": { \"base\": \"0.12\" } } ] }", "localPrices[0].classes.base",
        "must be a number, found a string \"0.12\".")]
    [TestCase("{ \"name\": \"x\", \"participants\": [ 7 ], \"localPrices\": [] }", "participants[0]",
        "must be an object, found a number 7.")]
    [TestCase("[ { \"name\": \"x\" } ]", "$",
        "must be an object, found an array [ { \"name\": \"x\" } ].")]
    public void Read_WrongShape_NamesThePathAndWhatTheSchemaAsks(string json, string path, string message)
    {
        var (collective, issues) = Read(json);

        Assert.Multiple(() =>
        {
            Assert.That(collective, Is.Null);
            Assert.That(issues.Where(i => i.Field == path).Select(i => i.Message), Does.Contain($"collective.json: {path}: {message}"), string.Join("\n", issues.Select(i => i.Message)));
            Assert.That(issues.Select(i => i.Code), Is.All.EqualTo(IssueCodes.CollectiveInvalid));
        });
    }

    [Test]
    public void Read_RangeAndSetProblemsOnBindableValues_AreReportedBesideTheRules()
    {
        var (_, issues) = Read("""
            { "name": "x", "participants": [ { "prm": "30000000000001", "name": "R", "role": "producer", "surplusPriceEurPerKwh": -1, "kind": 3 } ],
              "localPrices": [ { "from": "2026-01-01", "classes": { "HP": 0.1 }, "offPeak": ["22:00-06:00"] } ] }
            """);

        var byPath = issues.ToLookup(i => i.Field, i => i.Message);
        Assert.Multiple(() =>
        {
            Assert.That(byPath["participants[0].kind"], Is.EqualTo(new[] { "collective.json: participants[0].kind: must be a string, found a number 3." }));
            Assert.That(issues.Select(i => i.Field), Does.Contain("participants[0].surplusPriceEurPerKwh").And.Contain("localPrices[0].classes"));
        });
    }

    [Test]
    public void Read_ClassSetTheBinderAccepts_IsReportedByTheSchemaWithItsAlternatives()
    {
        var problems = CollectiveSchema.Check(JsonDocument.Parse("""
            { "name": "x", "participants": [ { "prm": "30000000000001", "name": "R", "role": "producer" } ],
              "localPrices": [ { "from": "2026-01-01", "classes": { "HP": 0.1 } } ] }
            """).RootElement);

        Assert.That(problems, Is.EqualTo(new[]
        {
            new SchemaProblem("localPrices[0].classes", "must match exactly one of {base}, {HP, HC} or {HPH, HCH, HPB, HCB}; found an object { \"HP\": 0.1 }."),
        }));
    }

    [Test]
    public void Read_MissingRequiredField_IsNamedByItsPath()
    {
        var problems = CollectiveSchema.Check(JsonDocument.Parse("""{ "name": "x", "participants": [ { "prm": "30000000000001", "role": "producer" } ] }""").RootElement);

        Assert.That(problems.Select(p => (p.Path, p.Message)), Is.EquivalentTo(new[] { ("localPrices", "is required."), ("participants[0].name", "is required.") }));
    }

    [Test]
    public void Read_Latin1ByteInAKey_IsOneIssueWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  \"r\u00E9gion\": \"Rh\u00F4ne\"\n}\n").ToList();
        var latin1 = Encoding.Latin1.GetBytes("{\n  \"name\": \"x\",\n  \"r\u00E9gion\": 1\n}\n");

        var (collective, issues) = CollectiveReader.Read(new MemoryStream(latin1));

        Assert.Multiple(() =>
        {
            Assert.That(bytes, Is.Not.Empty);
            Assert.That(collective, Is.Null);
            Assert.That(issues, Has.Length.EqualTo(1));
            Assert.That(issues[0].Code, Is.EqualTo(IssueCodes.CollectiveInvalid));
            Assert.That(issues[0].Line, Is.EqualTo(3));
            Assert.That(issues[0].Message, Does.StartWith("collective.json line 3: byte 0xE9"));
        });
    }

    [Test]
    public void Read_FileOverTheBound_IsRefusedBeforeParsing()
    {
        var huge = new byte[CollectiveReader.MaxBytes + 1];
        Array.Fill(huge, (byte)' ');

        var (collective, issues) = CollectiveReader.Read(new MemoryStream(huge));

        Assert.Multiple(() =>
        {
            Assert.That(collective, Is.Null);
            Assert.That(issues.Single().Message, Does.Contain($"larger than {CollectiveReader.MaxBytes} bytes"));
        });
    }

    [Test]
    public void Read_FileAtTheBoundWithABom_IsParsed()
    {
        var text = Encoding.UTF8.GetBytes(Valid);
        var padded = new byte[CollectiveReader.MaxBytes];
        Array.Fill(padded, (byte)' ');
        Encoding.UTF8.Preamble.CopyTo(padded);
        text.CopyTo(padded, Encoding.UTF8.Preamble.Length);

        var (collective, issues) = CollectiveReader.Read(new MemoryStream(padded));

        Assert.Multiple(() =>
        {
            Assert.That(issues, Is.Empty);
            Assert.That(collective, Is.Not.Null);
        });
    }

    /// <summary>Every field the worker binds is described, with its JSON type, in the published schema: the records and the schema cannot drift apart.</summary>
    [TestCase(typeof(CollectiveFile), "")]
    [TestCase(typeof(ParticipantFile), "$defs.participant")]
    [TestCase(typeof(LocalPriceFile), "$defs.priceSet")]
    [TestCase(typeof(AllocationFile), "properties.allocation")]
    [TestCase(typeof(RegulatedFile), "properties.regulated")]
    [TestCase(typeof(PoliciesFile), "properties.policies")]
    public void Schema_DescribesEveryBoundField(Type record, string at)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("docs", "collective.schema.json")));
        var node = at.Split('.', StringSplitOptions.RemoveEmptyEntries).Aggregate(schema.RootElement, (n, name) => n.GetProperty(name));
        var properties = node.GetProperty("properties");

        var undescribed = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Where(name => !properties.TryGetProperty(name, out var field) || !new[] { "type", "enum", "const", "$ref" }.Any(k => field.TryGetProperty(k, out _)))
            .ToList();

        Assert.That(undescribed, Is.Empty);
    }

    [Test]
    public void EmbeddedSchema_IsThePublishedFile()
    {
        using var embedded = typeof(CollectiveSchema).Assembly.GetManifestResourceStream(CollectiveSchema.ResourceName)!;
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);

        Assert.That(copy.ToArray(), Is.EqualTo(File.ReadAllBytes(RepositoryRoot.Combine("docs", "collective.schema.json"))));
    }

    private static (Collective? Collective, System.Collections.Immutable.ImmutableArray<Issue> Issues) Read(string text) =>
        CollectiveReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
