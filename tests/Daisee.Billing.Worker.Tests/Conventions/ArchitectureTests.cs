using System.Reflection;
using System.Runtime.CompilerServices;
using Daisee.Billing.Contract;
using Daisee.Billing.Worker.Domain;
using NetArchTest.Rules;

namespace Daisee.Billing.Worker.Tests.Conventions;

/// <summary>
/// The arrows between the worker's stages, frozen (checked on the compiled IL with NetArchTest):
/// Domain depends on nothing; Ingest on Domain; Validation, Allocation and Billing on Domain and
/// the result types (records, enums) of earlier stages; Output on results and the output
/// contract; nothing but the pipeline depends on Ingest; no stage depends on the pipeline.
/// Stage order: Ingest, Validation, Allocation, Billing, Output.
/// </summary>
[TestFixture]
public sealed class ArchitectureTests
{
    private const string Root = "Daisee.Billing.Worker";

    private static readonly string[] Stages = ["Ingest", "Validation", "Allocation", "Billing", "Output"];

    private static readonly Assembly WorkerAssembly = typeof(Energy).Assembly;

    [Test]
    public void Domain_DependsOnNothingElseOfTheWorker() =>
        AssertNoDependency("Domain", [.. Stages.SelectMany(AllTypesOf).Select(Name), .. Pipeline(), .. ContractTypes()]);

    [Test]
    public void Ingest_DependsOnDomainOnly() =>
        AssertNoDependency("Ingest", [.. Stages.Where(s => s != "Ingest").SelectMany(AllTypesOf).Select(Name), .. Pipeline(), .. ContractTypes()]);

    [TestCase("Validation")]
    [TestCase("Allocation")]
    [TestCase("Billing")]
    public void Stage_DependsOnDomainAndEarlierResultsOnly(string stage)
    {
        var index = Array.IndexOf(Stages, stage);
        var earlierBehaviour = Stages[1..index].SelectMany(s => AllTypesOf(s).Where(t => !IsResult(t))).Select(Name);
        var later = Stages[(index + 1)..].SelectMany(AllTypesOf).Select(Name);
        AssertNoDependency(stage, [.. AllTypesOf("Ingest").Select(Name), .. earlierBehaviour, .. later, .. Pipeline(), .. ContractTypes()]);
    }

    [Test]
    public void Output_DependsOnResultsAndTheContractOnly()
    {
        var behaviour = Stages[1..^1].SelectMany(s => AllTypesOf(s).Where(t => !IsResult(t))).Select(Name);
        AssertNoDependency("Output", [.. AllTypesOf("Ingest").Select(Name), .. behaviour, .. Pipeline()]);
    }

    [Test]
    public void Contract_DependsOnNothingOfTheWorker()
    {
        var result = Types.InAssembly(typeof(SummaryDocument).Assembly).ShouldNot().HaveDependencyOn(Root).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    /// <summary>The classification the rules rest on, pinned on known types so that it cannot silently allow everything.</summary>
    [TestCase(typeof(Worker.Allocation.AllocationResult), true)]
    [TestCase(typeof(Worker.Billing.Bill), true)]
    [TestCase(typeof(Worker.Billing.BillKind), true)]
    [TestCase(typeof(ConformityReport), true)]
    [TestCase(typeof(Worker.Allocation.Allocator), false)]
    [TestCase(typeof(Worker.Billing.BillCalculator), false)]
    [TestCase(typeof(Worker.Validation.CurveAssembler), false)]
    public void IsResult_RecordsAndEnumsOnly(Type type, bool expected) => Assert.That(IsResult(type), Is.EqualTo(expected));

    private static void AssertNoDependency(string stage, string[] forbidden)
    {
        Assert.That(forbidden, Is.Not.Empty);
        // ResideInNamespace matches by prefix (Billing would take BillingPipeline): keep the stage's own types.
        var members = AllTypesOf(stage).ToHashSet();
        var result = Types.InAssembly(WorkerAssembly).That().ResideInNamespace($"{Root}.{stage}")
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var offenders = (result.FailingTypes ?? []).Where(members.Contains)
            .Select(t => $"{t.FullName![(Root.Length + 1)..]} → {string.Join(", ", Uses(t, forbidden))}").ToList();

        Assert.That(offenders, Is.Empty, $"{stage} breaks its arrows:\n  " + string.Join("\n  ", offenders));
    }

    /// <summary>Which forbidden types a failing type refers to, for the message.</summary>
    private static IEnumerable<string> Uses(Type type, string[] forbidden)
    {
        var exactly = "^" + System.Text.RegularExpressions.Regex.Escape(type.Name) + "$";
        return forbidden
            .Where(f => Types.InAssembly(WorkerAssembly).That().HaveNameMatching(exactly).And().ResideInNamespace(type.Namespace).And().HaveDependencyOn(f).GetTypes().Any())
            .Select(f => f[(Root.Length + 1)..]);
    }

    private static IEnumerable<Type> AllTypesOf(string stage) =>
        WorkerAssembly.GetTypes().Where(t => t.Namespace is { } ns && (ns == $"{Root}.{stage}" || ns.StartsWith($"{Root}.{stage}.", StringComparison.Ordinal)) && !t.IsNested);

    private static string Name(Type type) => type.FullName!;

    /// <summary>The entry point's types in the root namespace (BillingPipeline, BillingRequest, BillingOutcome, ExitCodes).</summary>
    private static IEnumerable<string> Pipeline() =>
        WorkerAssembly.GetTypes().Where(t => t.Namespace == Root && !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null).Select(t => t.FullName!);

    private static IEnumerable<string> ContractTypes() => typeof(SummaryDocument).Assembly.GetTypes().Where(t => t.IsPublic).Select(t => t.FullName!);

    /// <summary>A result type is data: an enum, or a record (class or struct: the compiler gives it PrintMembers).</summary>
    private static bool IsResult(Type type) =>
        type.IsEnum || type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
}
