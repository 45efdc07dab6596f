using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tautoko.Data.Bulk;

/// <summary>A row of an owned collection's table: the item and the entity that owns it (whose key fills the FK).</summary>
internal readonly record struct OwnedRow<TOwner, TItem>(TOwner Owner, TItem Item)
    where TOwner : class
    where TItem : class;

/// <summary>One column of a bulk-loaded table: its name, EF Core's type mapping and how to read it off a row.</summary>
internal sealed class ColumnMap<TRow>(string name, RelationalTypeMapping mapping, bool nullable, Func<TRow, object?> modelValue)
{
    public string Name { get; } = name;

    public RelationalTypeMapping Mapping { get; } = mapping;

    public bool IsNullable { get; } = nullable;

    /// <summary>PostgreSQL's name for the column type without facets, e.g. "character varying", "uuid", "timestamp with time zone".</summary>
    public string StoreTypeName { get; } = mapping.StoreTypeNameBase;

    /// <summary>The CLR value as the model holds it (strongly typed id, enum, owned value).</summary>
    public object? ModelValue(TRow row) => modelValue(row);

    /// <summary>The value after EF Core's value converter: what the database column stores.</summary>
    public object? ProviderValue(TRow row)
    {
        var value = modelValue(row);
        if (value is null)
        {
            return null;
        }

        if (Mapping.Converter is { } converter)
        {
            return converter.ConvertToProvider(value);
        }

        return value is Enum e ? Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
    }
}

/// <summary>
/// A table as EF Core's model maps it — name, columns, converters — so the bulk writers follow the
/// configurations (and any later migration) instead of a hand-kept column list.
/// </summary>
internal sealed class TableMap<TRow>
{
    private TableMap(string name, string? schema, IReadOnlyList<ColumnMap<TRow>> columns)
    {
        Name = name;
        Schema = schema;
        Columns = columns;
    }

    public string Name { get; }

    public string? Schema { get; }

    public IReadOnlyList<ColumnMap<TRow>> Columns { get; }

    /// <summary>The table of entity type <typeparamref name="TRow"/>, including owned references stored in the same table.</summary>
    public static TableMap<TRow> ForEntity(IModel model)
    {
        var entityType = model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.");
        return Build(entityType, row => row, owner: null);
    }

    private static TableMap<TRow> Build(IEntityType entityType, Func<TRow, object?> entityOf, Func<TRow, object?>? owner)
    {
        var table = entityType.GetTableMappings().First().Table;
        var columns = new List<ColumnMap<TRow>>();
        foreach (var column in table.Columns)
        {
            if (JsonCollection(entityType, column) is { } json)
            {
                columns.Add(new ColumnMap<TRow>(column.Name, column.StoreTypeMapping, column.IsNullable, JsonColumnReader(json, entityOf)));
                continue;
            }

            var mapping = column.PropertyMappings.FirstOrDefault(m => m.Property.DeclaringType == entityType)
                ?? column.PropertyMappings.FirstOrDefault(m => m.Property.DeclaringType is IEntityType owned && OwnedPath(entityType, owned) is not null)
                ?? throw new InvalidOperationException($"Column {table.Name}.{column.Name} is not mapped from {entityType.DisplayName()}.");
            var property = mapping.Property;
            var read = property.DeclaringType == entityType
                ? Reader(entityType, property, entityOf, owner)
                : OwnedReferenceReader(entityType, (IEntityType)property.DeclaringType, property, entityOf);
            columns.Add(new ColumnMap<TRow>(column.Name, mapping.TypeMapping, column.IsNullable, read));
        }

        return new TableMap<TRow>(table.Name, table.Schema, columns);
    }

    internal static TableMap<TRow> ForOwnedItems(IEntityType itemType, Func<TRow, object?> item, Func<TRow, object?> owner) =>
        Build(itemType, item, owner);

    private static Func<TRow, object?> Reader(IEntityType entityType, IProperty property, Func<TRow, object?> entityOf, Func<TRow, object?>? owner)
    {
        if (!property.IsShadowProperty())
        {
            var getter = property.GetGetter();
            return row => getter.GetClrValue(entityOf(row)!);
        }

        // A shadow property of an owned item is the foreign key to its owner: read the owner's key.
        var ownership = entityType.FindOwnership();
        var position = ownership is null ? -1 : ownership.Properties.ToList().IndexOf(property);
        if (ownership is null || owner is null || position < 0)
        {
            throw new NotSupportedException($"Shadow property {entityType.DisplayName()}.{property.Name} cannot be bulk loaded.");
        }

        var principalGetter = ownership.PrincipalKey.Properties[position].GetGetter();
        return row => principalGetter.GetClrValue(owner(row)!);
    }

    private static Func<TRow, object?> OwnedReferenceReader(IEntityType root, IEntityType owned, IProperty property, Func<TRow, object?> entityOf)
    {
        var path = OwnedPath(root, owned)!;
        var getter = property.GetGetter();
        var navigationGetters = path.Select(n => n.GetGetter()).ToArray();
        return row =>
        {
            var current = entityOf(row);
            foreach (var navigation in navigationGetters)
            {
                if (current is null)
                {
                    return null;
                }

                current = navigation.GetClrValue(current);
            }

            return current is null ? null : getter.GetClrValue(current);
        };
    }

    /// <summary>The owned navigation whose items EF Core stores as JSON in <paramref name="column"/> (e.g. a calendar's blocks), if any.</summary>
    private static INavigation? JsonCollection(IEntityType entityType, IColumn column) =>
        column.PropertyMappings.Count > 0
            ? null
            : entityType.GetNavigations().FirstOrDefault(n => n.TargetEntityType.IsMappedToJson() && n.TargetEntityType.GetContainerColumnName() == column.Name);

    /// <summary>
    /// Serialises the navigation's items as EF Core does: each property under its JSON name, written by the property's own
    /// JSON reader/writer (so enums stored as strings, times and dates come out exactly as EF Core writes and reads them).
    /// </summary>
    private static Func<TRow, object?> JsonColumnReader(INavigation navigation, Func<TRow, object?> entityOf)
    {
        var itemType = navigation.TargetEntityType;
        if (itemType.GetNavigations().Any())
        {
            throw new NotSupportedException($"{itemType.DisplayName()} nests owned types inside its JSON; the bulk loader writes flat items only.");
        }

        var properties = itemType.GetProperties()
            .Where(p => p.GetJsonPropertyName() is not null)
            .Select(p =>
            {
                var writer = p.GetJsonValueReaderWriter() ?? p.GetTypeMapping().JsonValueReaderWriter
                    ?? throw new NotSupportedException($"{itemType.DisplayName()}.{p.Name} has no JSON reader/writer.");
                var converter = p.GetTypeMapping().Converter;
                // A converted property's writer takes either the model value or the converted one: ask it which.
                var convert = converter is not null && !writer.ValueType.IsAssignableFrom(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType);
                return (Name: System.Text.Json.JsonEncodedText.Encode(p.GetJsonPropertyName()!), Getter: p.GetGetter(), Writer: writer, Converter: convert ? converter : null);
            })
            .ToArray();
        var collection = navigation.GetGetter();
        return row =>
        {
            var owner = entityOf(row);
            if (owner is null || collection.GetClrValue(owner) is not System.Collections.IEnumerable items)
            {
                return null;
            }

            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
            {
                json.WriteStartArray();
                foreach (var item in items)
                {
                    json.WriteStartObject();
                    foreach (var property in properties)
                    {
                        json.WritePropertyName(property.Name);
                        var value = property.Getter.GetClrValue(item);
                        if (value is null)
                        {
                            json.WriteNullValue();
                        }
                        else
                        {
                            property.Writer.ToJson(json, property.Converter is null ? value : property.Converter.ConvertToProvider(value)!);
                        }
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        };
    }

    /// <summary>The reference navigations from <paramref name="root"/> down to an owned type stored in its table.</summary>
    private static List<INavigation>? OwnedPath(IEntityType root, IEntityType owned)
    {
        var path = new List<INavigation>();
        var current = owned;
        while (current != root)
        {
            var ownership = current.FindOwnership();
            if (ownership is null || ownership.IsUnique is false || ownership.PrincipalToDependent is null)
            {
                return null;
            }

            path.Insert(0, ownership.PrincipalToDependent);
            current = ownership.PrincipalEntityType;
        }

        return path;
    }
}

internal static class OwnedTableMap
{
    /// <summary>The table of an owned collection (e.g. household members), rows paired with their owner.</summary>
    public static TableMap<OwnedRow<TOwner, TItem>> For<TOwner, TItem>(IModel model, string navigation)
        where TOwner : class
        where TItem : class
    {
        var ownerType = model.FindEntityType(typeof(TOwner)) ?? throw new InvalidOperationException($"{typeof(TOwner).Name} is not in the model.");
        var itemType = ownerType.FindNavigation(navigation)?.TargetEntityType
            ?? throw new InvalidOperationException($"{typeof(TOwner).Name}.{navigation} is not an owned collection.");
        return TableMap<OwnedRow<TOwner, TItem>>.ForOwnedItems(itemType, row => row.Item, row => row.Owner);
    }
}
