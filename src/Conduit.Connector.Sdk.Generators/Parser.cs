using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Conduit.Connector.Sdk.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>
/// Turns one <c>[ConnectorConfiguration]</c> type into an equatable model plus diagnostics. Bad
/// properties are reported and left out, so that the rest still generates and errors do not cascade.
/// </summary>
internal sealed partial class Parser
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _root;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly List<ParameterModel> _parameters = [];
    private readonly Dictionary<string, string> _keyOwners = new(System.StringComparer.Ordinal);
    private readonly List<ITypeSymbol> _objectStack = [];

    private Parser(Compilation compilation, INamedTypeSymbol root, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _root = root;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses <paramref name="type"/>; the generator keeps the model, the analyzer the diagnostics.</summary>
    public static ParseResult Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var parser = new Parser(compilation, type, cancellationToken);
        var model = parser.ParseRoot();
        return new ParseResult(model, new EquatableArray<DiagnosticInfo>(parser._diagnostics));
    }

    private ConfigurationModel? ParseRoot()
    {
        var location = _root.Locations.FirstOrDefault();
        for (var type = _root; type is not null; type = type.ContainingType)
        {
            if (!IsPartial(type))
            {
                Report(DiagnosticDescriptors.NotPartial, location, _root.Name);
                return null;
            }
        }

        var problem = _root switch
        {
            { TypeKind: not TypeKind.Class } => "it must be a class or a record class",
            { IsStatic: true } => "it is static",
            { IsAbstract: true } => "it is abstract",
            _ when IsGeneric(_root) => "generic types (and types nested in generic types) are not supported",
            _ when !_root.InstanceConstructors.Any(c => c.Parameters.Length == 0) =>
                "it needs a parameterless constructor (positional records are not supported; declare init properties instead)",
            _ => null,
        };
        if (problem is not null)
        {
            Report(DiagnosticDescriptors.CannotCreate, location, _root.Name, problem);
            return null;
        }

        var rootObject = ReadObject(_root, prefix: string.Empty, mapStar: null, isRoot: true);
        var containing = new List<string>();
        for (var type = _root.ContainingType; type is not null; type = type.ContainingType)
        {
            containing.Insert(0, "partial " + Keyword(type) + " " + type.Name);
        }

        var ns = _root.ContainingNamespace.IsGlobalNamespace ? string.Empty : _root.ContainingNamespace.ToDisplayString();
        var hintName = _root.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty) + ".g.cs";
        return new ConfigurationModel(
            ns,
            new EquatableArray<string>(containing),
            "partial " + Keyword(_root) + " " + _root.Name,
            TypeName(_root),
            hintName,
            new EquatableArray<ParameterModel>(_parameters),
            rootObject);
    }

    private ObjectModel ReadObject(INamedTypeSymbol type, string prefix, string? mapStar, bool isRoot)
    {
        _objectStack.Add(type);
        var members = new List<MemberModel>();
        foreach (var property in CollectProperties(type))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var member = ReadProperty(property, prefix, mapStar, isRoot);
            if (member is not null)
            {
                members.Add(member);
            }
        }

        _objectStack.RemoveAt(_objectStack.Count - 1);
        return new ObjectModel(TypeName(type), new EquatableArray<MemberModel>(members));
    }

    private MemberModel? ReadProperty(IPropertySymbol property, string prefix, string? mapStar, bool isRoot)
    {
        var attributes = PropertyAttributes.Read(property);
        var location = property.Locations.FirstOrDefault();
        var typeText = property.Type.ToDisplayString();
        if (property.SetMethod is null)
        {
            if (attributes.Any)
            {
                Report(DiagnosticDescriptors.UnsupportedType, location, property.Name, typeText, "it has no set or init accessor");
            }

            return null;
        }

        if (!IsSetterAccessible(property, isRoot))
        {
            Report(DiagnosticDescriptors.UnsupportedType, location, property.Name, typeText, "its setter is not accessible to the generated code (make it public or internal)");
            return null;
        }

        if (attributes.Name is { } explicitName && NameRules.Problem(explicitName) is { } nameProblem)
        {
            Report(DiagnosticDescriptors.InvalidName, location, explicitName, property.Name, nameProblem);
            return null;
        }

        var name = prefix + (attributes.Name ?? NameRules.ToParameterName(property.Name));
        var shape = Classify(property.Type);
        if (shape.Error is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedType, location, property.Name, typeText, shape.Error);
            return null;
        }

        var keySuffix = mapStar is null ? string.Empty : name.Substring(mapStar.Length);
        switch (shape.Shape)
        {
            case MemberShape.Nested:
            case MemberShape.MapOfObjects:
                return ReadObjectProperty(property, attributes, shape, name, mapStar, keySuffix);
            case MemberShape.Map when mapStar is not null:
                Report(DiagnosticDescriptors.UnsupportedType, location, property.Name, typeText, "a dictionary cannot be nested in the values of another dictionary");
                return null;
            default:
                var parameterName = shape.Shape == MemberShape.Map ? name + ".*" : name;
                var index = AddParameter(property, attributes, shape, parameterName);
                if (index < 0)
                {
                    return null;
                }

                var enumMembers = shape.Kind == ValueKind.Enum ? EnumMembers(shape.ValueType) : EquatableArray<EnumMemberModel>.Empty;
                var (minimum, maximum) = Range(shape.ValueType);
                return new MemberModel(
                    property.Name,
                    shape.Shape,
                    shape.Kind,
                    TypeName(shape.ValueType),
                    shape.IsNullable,
                    index,
                    keySuffix,
                    minimum,
                    maximum,
                    enumMembers,
                    Nested: null,
                    MapPrefix: shape.Shape == MemberShape.Map ? name + "." : string.Empty,
                    MapParameterIndices: EquatableArray<int>.Empty);
        }
    }

    private MemberModel? ReadObjectProperty(IPropertySymbol property, PropertyAttributes attributes, TypeShape shape, string name, string? mapStar, string keySuffix)
    {
        var location = property.Locations.FirstOrDefault();
        foreach (var attribute in attributes.ValueAttributes)
        {
            Report(DiagnosticDescriptors.ValidationDoesNotFit, location, attribute, name, "it is a nested object; put attributes on its properties");
        }

        var initializer = DefaultEvaluator.Evaluate(property, shape.Shape, shape.Kind, EquatableArray<EnumMemberModel>.Empty, _compilation, _cancellationToken);
        if (initializer.Outcome == DefaultEvaluator.Outcome.Unknown)
        {
            Report(DiagnosticDescriptors.DefaultNotConstant, location, property.Name);
        }

        var objectType = shape.ObjectType!;
        if (shape.Shape == MemberShape.Nested)
        {
            var nested = ReadObject(objectType, name + ".", mapStar, isRoot: false);
            return new MemberModel(property.Name, MemberShape.Nested, ValueKind.String, TypeName(objectType), shape.IsNullable, -1, keySuffix, string.Empty, string.Empty, EquatableArray<EnumMemberModel>.Empty, nested, string.Empty, EquatableArray<int>.Empty);
        }

        if (mapStar is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedType, location, property.Name, property.Type.ToDisplayString(), "a dictionary cannot be nested in the values of another dictionary");
            return null;
        }

        var first = _parameters.Count;
        var star = name + ".*";
        var value = ReadObject(objectType, star + ".", star, isRoot: false);
        var indices = Enumerable.Range(first, _parameters.Count - first).ToList();
        return new MemberModel(property.Name, MemberShape.MapOfObjects, ValueKind.String, TypeName(objectType), shape.IsNullable, -1, string.Empty, string.Empty, string.Empty, EquatableArray<EnumMemberModel>.Empty, value, name + ".", new EquatableArray<int>(indices));
    }

    /// <summary>Properties of the type and of its base types declared in source, base first, each name once (the most derived wins).</summary>
    private static List<IPropertySymbol> CollectProperties(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (!current.Locations.Any(l => l.IsInSource))
            {
                break;
            }

            chain.Insert(0, current);
        }

        var result = new List<IPropertySymbol>();
        var positions = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var current in chain)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.IsImplicitlyDeclared
                    || property.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    continue;
                }

                if (positions.TryGetValue(property.Name, out var position))
                {
                    result[position] = property;
                }
                else
                {
                    positions[property.Name] = result.Count;
                    result.Add(property);
                }
            }
        }

        return result;
    }

    private bool IsSetterAccessible(IPropertySymbol property, bool isRoot)
    {
        var setter = property.SetMethod!;
        return setter.DeclaredAccessibility switch
        {
            Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal => true,
            Accessibility.Private => isRoot && SymbolEqualityComparer.Default.Equals(property.ContainingType, _root),
            Accessibility.Protected or Accessibility.ProtectedAndInternal => isRoot,
            _ => false,
        };
    }

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length > 0
        && type.DeclaringSyntaxReferences.All(r => r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static bool IsGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static string TypeName(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(s_typeFormat);

    private void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
