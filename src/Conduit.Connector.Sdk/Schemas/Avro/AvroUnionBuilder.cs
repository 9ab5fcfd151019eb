using Conduit.Connector.Sdk.Records;

namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>
/// Collects the schemas of the items of a list (or values of a map) into one union, as Go's extractor does:
/// equal schemas are kept once, nested unions are flattened, two array schemas (or two map schemas) are merged
/// into one whose items (values) combine both, and the branches are sorted by their canonical text.
/// </summary>
internal sealed class AvroUnionBuilder
{
    private readonly List<AvroSchema> _branches = [];
    private readonly List<string> _texts = [];

    public void Add(AvroSchema schema)
    {
        if (schema is AvroUnionSchema union)
        {
            foreach (var branch in union.Branches)
            {
                Add(branch);
            }

            return;
        }

        var text = AvroSchemaText.Write(schema);
        if (_texts.Contains(text))
        {
            return;
        }

        for (var i = 0; i < _branches.Count; i++)
        {
            var existing = _branches[i];
            if (existing.Type != schema.Type)
            {
                continue;
            }

            AvroSchema merged = (existing, schema) switch
            {
                (AvroArraySchema a, AvroArraySchema b) => new AvroArraySchema(Combine(a.Items, b.Items)),
                (AvroMapSchema a, AvroMapSchema b) => new AvroMapSchema(Combine(a.Values, b.Values)),
                _ => throw new StructuredValueException(
                    $"the values have schemas that one Avro union cannot hold together: {_texts[i]} and {text}"),
            };
            _branches[i] = merged;
            _texts[i] = AvroSchemaText.Write(merged);
            return;
        }

        _branches.Add(schema);
        _texts.Add(text);
    }

    /// <summary>Returns the union, or the only schema when there is just one.</summary>
    /// <returns>The schema.</returns>
    public AvroSchema Build()
    {
        if (_branches.Count == 1)
        {
            return _branches[0];
        }

        var order = Enumerable.Range(0, _branches.Count).ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(_texts[x], _texts[y]));
        var branches = new AvroSchema[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            branches[i] = _branches[order[i]];
        }

        return new AvroUnionSchema(branches);
    }

    private static AvroSchema Combine(AvroSchema first, AvroSchema second)
    {
        var builder = new AvroUnionBuilder();
        builder.Add(first);
        builder.Add(second);
        return builder.Build();
    }
}
