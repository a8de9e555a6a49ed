/**
 * The canonical payload of each category, field for field the JSON Schema under {@code schemas/<source>/<name>.v1.json}
 * (camelCase names, java.time values, nulls left out). Connectors map the partners' native formats to these types.
 */
package fr.mesinfos.events.payload;
