#!/usr/bin/env python3
"""Generates the storefront sample events and their README, deterministically.

    python3 samples/tools/generate_storefront_events.py

writes samples/src/main/resources/dev/plumbline/samples/storefront-events.ndjson and README.md
next to it. The same seed always gives the same bytes; commit both files.

Good events follow StorefrontPipeline's tracking plan exactly. About one line in eight is bad in a
way real traffic is bad; each bad line is listed in the README with a code, a JSON pointer and a
description, and the samples' tests check that the list is exact.
"""

import json
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

SEED = 20250303
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "src", "main", "resources", "dev", "plumbline", "samples")
SITE = "https://shop.example.com"

rng = random.Random(SEED)

CATALOG = [
    # product_id, sku, name, price, category, brand
    ("p-1001", "OUT-1001", "Harbor Rain Jacket", 129.00, "Outerwear", "Northline"),
    ("p-1002", "OUT-1002", "Ridge Down Vest", 89.50, "Outerwear", "Northline"),
    ("p-1003", "OUT-1003", "Fjord Wool Coat", 249.99, "Outerwear", "Askel"),
    ("p-2001", "SHO-2001", "Trail Runner 3", 119.95, "Shoes", "Pace"),
    ("p-2002", "SHO-2002", "City Loafer", 79.00, "Shoes", "Marlow"),
    ("p-2003", "SHO-2003", "Canvas Low Top", 49.99, "Shoes", "Pace"),
    ("p-3001", "ACC-3001", "Merino Beanie", 24.00, "Accessories", "Askel"),
    ("p-3002", "ACC-3002", "Leather Card Holder", 35.00, "Accessories", "Marlow"),
    ("p-3003", "ACC-3003", "Recycled Tote", 19.99, "Accessories", "Northline"),
    ("p-4001", "TEE-4001", "Organic Crew Tee", 22.50, "Tops", "Askel"),
    ("p-4002", "TEE-4002", "Linen Overshirt", 69.00, "Tops", "Marlow"),
    ("p-4003", "TEE-4003", "Heavyweight Hoodie", 74.99, "Tops", "Pace"),
]

LOCALES = {
    "en-US": "USD",
    "en-GB": "GBP",
    "de-DE": "EUR",
    "fr-FR": "EUR",
    "en-CA": "CAD",
    "ja-JP": "JPY",
}

USER_AGENTS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148",
]

USERS = [
    # user_id, name, email, phone, locale, tier, address
    ("usr_10001", "Ana Silva", "ana.silva@example.com", "+14155550101", "en-US", "plus",
     {"line1": "500 Market St", "line2": "Apt 4B", "city": "San Francisco", "region": "CA",
      "postal_code": "94105", "country": "US"}),
    ("usr_10002", "Tom Becker", "tom.becker@example.de", "+4930555010", "de-DE", "free",
     {"line1": "Torstrasse 12", "city": "Berlin", "postal_code": "10119", "country": "DE"}),
    ("usr_10003", "Priya Nair", "Priya.Nair@Example.co.uk", "+447700900123", "en-GB", "pro",
     {"line1": "14 Canal Row", "line2": None, "city": "Manchester", "postal_code": "M1 5AN",
      "country": "GB"}),
    ("usr_10004", "Louis Martin", "louis.martin@example.fr", "+33155501234", "fr-FR", "free",
     None),
    ("usr_10005", "Chloe Tremblay", "chloe.t@example.ca", "+16135550188", "en-CA", "plus",
     {"line1": "88 Rideau St", "city": "Ottawa", "region": "ON", "postal_code": "K1N 5W8",
      "country": "CA"}),
    ("usr_10006", "Kenji Sato", "kenji.sato@example.jp", "+81355501234", "ja-JP", "free",
     {"line1": "2-1-1 Nihonbashi", "city": "Tokyo", "postal_code": "103-0027",
      "country": "JP"}),
    ("usr_10007", "Maya Cohen", "maya.cohen@example.com", "+12125550143", "en-US", "pro",
     {"line1": "210 W 14th St", "city": "New York", "region": "NY", "postal_code": "10011",
      "country": "US"}),
    ("usr_10008", "Sam O'Neill", "sam.oneill@example.com", None, "en-US", "free", None),
]

clock = datetime(2025, 3, 3, 8, 0, 0, tzinfo=timezone.utc)


def tick(seconds_min=4, seconds_max=90):
    global clock
    clock += timedelta(seconds=rng.randint(seconds_min, seconds_max),
                       milliseconds=rng.randint(0, 999))
    return clock.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (clock.microsecond // 1000)


def new_id():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ip():
    return rng.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(rng.randint(2, 254))


class Visitor:
    def __init__(self, user=None, mobile=False):
        self.anonymous_id = new_id()
        self.user = user
        self.user_id = None  # set once identified
        self.locale = user[4] if user else rng.choice(list(LOCALES))
        self.currency = LOCALES[self.locale]
        self.ip = ip()
        self.mobile = mobile
        self.user_agent = USER_AGENTS[3] if mobile else rng.choice(USER_AGENTS[:3])
        self.cart_id = "cart_" + new_id().replace("-", "")[:16]
        self.cart = []  # (product, quantity)

    def context(self, env="production"):
        ctx = {"ip": self.ip, "locale": self.locale, "userAgent": self.user_agent}
        if self.mobile:
            ctx["app"] = {"name": "storefront-ios", "version": "7.3.1", "build": "7310",
                          "env": env}
            ctx["library"] = {"name": "rudder-ios", "version": "1.24.0"}
        else:
            ctx["app"] = {"name": "storefront-web", "version": "4.12.0", "build": "4120",
                          "env": env}
            ctx["library"] = {"name": "analytics.js", "version": "2.11.1"}
        return ctx

    def envelope(self, type_):
        e = {"type": type_, "messageId": new_id(), "anonymousId": self.anonymous_id}
        if self.user_id:
            e["userId"] = self.user_id
        e["timestamp"] = tick()
        e["context"] = self.context()
        return e

    def track(self, name, properties):
        e = self.envelope("track")
        e["event"] = name
        e["properties"] = properties
        return reorder(e)

    def page(self, name, path, title, **extra):
        e = self.envelope("page")
        e["name"] = name
        props = {"path": path, "url": SITE + path, "title": title + " | Northline Store"}
        if rng.random() < 0.5:
            props["referrer"] = rng.choice(["https://www.google.com/", SITE + "/",
                                            "https://news.example.org/spring-picks"])
        props.update(extra)
        e["properties"] = props
        return reorder(e)

    def identify(self, traits):
        e = self.envelope("identify")
        e["traits"] = traits
        return reorder(e)


KEY_ORDER = ["type", "event", "name", "messageId", "anonymousId", "userId", "timestamp",
             "properties", "traits", "context"]


def reorder(e):
    return {k: e[k] for k in KEY_ORDER if k in e} | {k: v for k, v in e.items()
                                                      if k not in KEY_ORDER}


def product_obj(p, quantity=None, position=None):
    pid, sku, name, price, category, brand = p
    o = {"product_id": pid, "sku": sku, "name": name, "price": price, "category": category,
         "brand": brand}
    if quantity is not None:
        o["quantity"] = quantity
    if position is not None:
        o["position"] = position
    if rng.random() < 0.3:
        o["url"] = SITE + "/products/" + pid
    return o


def slug(s):
    return s.lower().replace(" ", "-")


def money(x):
    return round(x + 1e-9, 2)


def traits_for(user, with_details=True):
    user_id, name, email, phone, locale, tier, address = user
    t = {"email": email, "name": name, "plan_tier": tier}
    if with_details:
        if phone:
            t["phone"] = phone
        if address:
            t["address"] = address
        t["created_at"] = "2024-%02d-%02dT12:00:00Z" % (rng.randint(1, 12), rng.randint(1, 28))
        t["marketing_opt_in"] = rng.random() < 0.6
        t["loyalty_points"] = rng.randint(0, 2400)
    return t


# --- sessions ---------------------------------------------------------------------------------

def browse(v, events, buy=False):
    events.append(v.page("Home", "/", "Home"))
    if rng.random() < 0.5:
        q = rng.choice(["rain jacket", "hoodie", "loafers", "merino", "tote bag", "vest"])
        hits = [p for p in CATALOG if any(w in p[2].lower() for w in q.split())] or CATALOG[:2]
        events.append(v.track("Search Performed", {
            "query": q, "results_count": len(hits),
            "sort": rng.choice(["relevance", "price_asc", "newest"]),
            "filters": {"price_max": rng.choice([50, 100, 250]),
                        "colors": rng.sample(["black", "navy", "olive", "sand"], 2),
                        "in_stock_only": True}}))
        events.append(v.page("Search Results", "/search", "Search",
                             search="?q=" + q.replace(" ", "+")))
    category = rng.choice(["Outerwear", "Shoes", "Accessories", "Tops"])
    listing = [p for p in CATALOG if p[4] == category]
    events.append(v.page("Category", "/c/" + slug(category), category, category=category))
    events.append(v.track("Product List Viewed", {
        "list_id": slug(category), "category": category,
        "products": [product_obj(p, position=i + 1) for i, p in enumerate(listing)]}))
    chosen = rng.choice(listing)
    events.append(v.page("Product Detail", "/products/" + chosen[0], chosen[2],
                         product_id=chosen[0]))
    viewed = {"product_id": chosen[0], "sku": chosen[1], "name": chosen[2], "price": chosen[3],
              "category": chosen[4], "brand": chosen[5]}
    if rng.random() < 0.7:
        viewed["currency"] = v.currency
    events.append(v.track("Product Viewed", viewed))
    if buy:
        add_to_cart(v, events, chosen, rng.choice([1, 1, 2]))
        if rng.random() < 0.5:
            extra = rng.choice([p for p in CATALOG if p != chosen])
            add_to_cart(v, events, extra, 1)


def add_to_cart(v, events, p, quantity):
    props = {"cart_id": v.cart_id, "product_id": p[0], "sku": p[1], "name": p[2], "price": p[3],
             "quantity": float(quantity) if v.mobile else quantity}
    if rng.random() < 0.6:
        props["currency"] = v.currency
    e = v.track("Product Added", props)
    if v.mobile and rng.random() < 0.5:
        e["context"]["debug"] = {"sdk_trace": "flush#" + str(rng.randint(100, 999))}
    events.append(e)
    v.cart.append((p, quantity))


def cart_products(v):
    return [product_obj(p, quantity=q) for p, q in v.cart]


def cart_value(v):
    return money(sum(p[3] * q for p, q in v.cart))


def checkout(v, events):
    events.append(v.page("Cart", "/cart", "Your cart"))
    events.append(v.track("Cart Viewed", {"cart_id": v.cart_id, "products": cart_products(v),
                                          "value": cart_value(v), "currency": v.currency}))
    order_id = "ord_%07d" % rng.randint(1000000, 9999999)
    coupon = "SPRING15" if rng.random() < 0.3 else None
    events.append(v.page("Checkout", "/checkout/shipping", "Checkout", step=1))
    started = {"order_id": order_id, "value": cart_value(v), "currency": v.currency,
               "products": cart_products(v)}
    if coupon or rng.random() < 0.5:
        started["coupon"] = coupon
    events.append(v.track("Checkout Started", started))
    discount = 0.0
    if coupon:
        pct = rng.random() < 0.5
        discount = money(cart_value(v) * 0.15)
        events.append(v.track("Coupon Applied", {"order_id": order_id, "coupon": coupon,
                                                 "discount": "15%" if pct else discount}))
    events.append(v.page("Checkout", "/checkout/payment", "Checkout", step=3))
    method = rng.choice(["card", "card", "paypal", "gift_card"])
    payment = {"order_id": order_id, "payment_method": method}
    if method == "card":
        payment["card_brand"] = rng.choice(["visa", "mastercard", "amex"])
        payment["last4"] = "%04d" % rng.randint(0, 9999)
    elif method == "paypal":
        payment["payer_email"] = v.user[2] if v.user else "guest.%d@example.net" % rng.randint(
            100, 999)
    else:
        payment["gift_card_balance"] = money(rng.choice([25, 50, 100]) * 1.0)
    events.append(v.track("Payment Info Entered", payment))
    events.append(v.page("Order Confirmation", "/checkout/confirmation", "Thank you"))
    shipping = 0.0 if cart_value(v) > 100 else 6.95
    tax = money(cart_value(v) * 0.08)
    completed = {"order_id": order_id, "revenue": money(cart_value(v) - discount),
                 "shipping": shipping, "tax": tax, "currency": v.currency,
                 "products": cart_products(v), "coupon": coupon, "payment_method": method}
    if discount:
        completed["discount"] = discount
    if v.user and v.user[6]:
        completed["shipping_address"] = v.user[6]
    events.append(v.track("Order Completed", completed))
    v.cart = []
    return order_id, completed


def sign_up(v, events, user):
    events.append(v.page("Home", "/", "Home"))
    method = rng.choice(["email", "google", "apple"])
    v.user = user
    v.user_id = user[0]
    events.append(v.track("Signed Up", {
        "method": method, "email": user[2],
        "referral_code": rng.choice([None, "FRND24", "Q7K2ZP"]),
        "accepts_marketing": rng.random() < 0.7}))
    events.append(v.identify(traits_for(user)))
    if rng.random() < 0.6:
        events.append(v.track("Newsletter Subscribed", {
            "email": user[2], "list_id": rng.choice(["weekly-deals", "new-arrivals"]),
            "source": "account"}))


def log_in(v, events):
    events.append(v.page("Home", "/", "Home"))
    v.user_id = v.user[0]
    events.append(v.track("Logged In", {"method": rng.choice(["email", "google"]),
                                        "remember_me": rng.random() < 0.5}))
    events.append(v.identify(traits_for(v.user, with_details=rng.random() < 0.5)))


def good_events():
    events = []
    orders = []
    # 1. new customers sign up, browse and buy
    for user in USERS[:4]:
        v = Visitor(mobile=rng.random() < 0.3)
        browse(v, events)
        sign_up(v, events, user)
        browse(v, events, buy=True)
        orders.append((v, checkout(v, events)))
    # 2. anonymous visitors browse; some subscribe to the newsletter from the footer
    for i in range(6):
        v = Visitor()
        browse(v, events, buy=i % 3 == 0)
        if i % 3 == 0:
            # added, then changed their mind
            p, q = v.cart[-1]
            events.append(v.track("Product Removed", {"cart_id": v.cart_id, "product_id": p[0],
                                                      "quantity": q}))
            v.cart.pop()
            events.append(v.track("Cart Viewed", {"cart_id": v.cart_id,
                                                  "products": cart_products(v),
                                                  "value": cart_value(v),
                                                  "currency": v.currency}))
        if i % 2 == 1:
            events.append(v.track("Newsletter Subscribed", {
                "email": "visitor%d@example.org" % (100 + i), "list_id": "weekly-deals",
                "source": rng.choice(["footer", "popup"])}))
    # 3. returning customers log in and buy
    for user in USERS[4:]:
        v = Visitor(user=user, mobile=user[0] == "usr_10006")
        log_in(v, events)
        browse(v, events, buy=True)
        orders.append((v, checkout(v, events)))
    # 4. returning customers of group 1 come back
    for user in USERS[:2]:
        v = Visitor(user=user)
        log_in(v, events)
        browse(v, events, buy=True)
        orders.append((v, checkout(v, events)))
    # 5. support refunds two orders (server-side events)
    for v, (order_id, completed) in orders[:2]:
        e = v.track("Order Refunded", {
            "order_id": order_id, "amount": completed["products"][0]["price"],
            "currency": completed["currency"], "reason": rng.choice(["damaged", "late"]),
            "products": completed["products"][:1]})
        e["context"] = {"app": {"name": "support-tools", "version": "1.8.0", "env": "production"},
                        "library": {"name": "rudder-java", "version": "2.1.0"}}
        e.pop("anonymousId")
        events.append(e)
    return events


# --- bad lines ----------------------------------------------------------------------------------

def bad_lines(events):
    """Returns (json-or-text, code, pointer, description) tuples, made from real-looking events."""
    by_name = {}
    for e in events:
        by_name.setdefault(e.get("event") or e.get("name") or e["type"], []).append(e)

    def like(name, i=0):
        e = json.loads(json.dumps(by_name[name][i % len(by_name[name])]))
        e["messageId"] = new_id()
        return e

    bad = []

    def add(e, code, pointer, what):
        bad.append((e, code, pointer, what))

    e = like("Order Completed", 1); del e["properties"]["order_id"]
    add(e, "REQUIRED_MISSING", "/properties/order_id", "`Order Completed` without `order_id`")
    e = like("Product Added", 2); del e["properties"]["cart_id"]
    add(e, "REQUIRED_MISSING", "/properties/cart_id", "`Product Added` without `cart_id`")
    e = like("identify", 1); del e["traits"]["email"]
    add(e, "REQUIRED_MISSING", "/traits/email", "identify without the required `email` trait")
    e = like("Payment Info Entered")
    e["properties"] = {"order_id": e["properties"]["order_id"], "payment_method": "card",
                       "card_brand": "visa"}
    add(e, "REQUIRED_MISSING", "/properties/last4",
        "card payment without `last4` (required by the `Card` variant)")
    e = like("Product Added", 3); e["properties"]["price"] = "19.99"
    add(e, "TYPE_MISMATCH", "/properties/price", "price sent as the string \"19.99\"")
    e = like("Product Added", 4); e["properties"]["quantity"] = "2"
    add(e, "TYPE_MISMATCH", "/properties/quantity", "quantity sent as the string \"2\"")
    e = like("Order Completed", 2); e["properties"]["revenue"] = "84.50"
    add(e, "TYPE_MISMATCH", "/properties/revenue", "revenue sent as the string \"84.50\"")
    e = like("Product Viewed", 3); e["properties"]["price"] = -5.0
    add(e, "RANGE", "/properties/price", "negative price -5.0")
    e = like("Order Completed", 3); e["properties"]["products"][0]["price"] = -12.99
    add(e, "RANGE", "/properties/products/0/price", "a product in the order with price -12.99")
    e = like("Product Added", 5); e["properties"]["quantity"] = 0
    add(e, "RANGE", "/properties/quantity", "quantity 0 (minimum 1)")
    e = like("identify", 2); e["traits"]["email"] = "jane.doe@"
    add(e, "FORMAT_MISMATCH", "/traits/email", "email trait \"jane.doe@\" is not an email")
    e = like("Signed Up", 1); e["properties"]["email"] = "mike at example.com"
    add(e, "FORMAT_MISMATCH", "/properties/email", "\"mike at example.com\" is not an email")
    e = like("Order Completed", 4); e["properties"]["currency"] = "BTC"
    add(e, "ENUM_MISMATCH", "/properties/currency", "unknown currency \"BTC\"")
    e = like("Product Viewed", 5); e["properties"]["currency"] = "usd"
    add(e, "ENUM_MISMATCH", "/properties/currency", "currency in lower case, \"usd\"")
    e = like("identify", 3); e["traits"]["phone"] = "555-0100"
    add(e, "PATTERN_MISMATCH", "/traits/phone", "phone \"555-0100\" is not E.164")
    e = like("Product Viewed", 6); e["properties"]["sku"] = "ab-1"
    add(e, "PATTERN_MISMATCH", "/properties/sku", "sku \"ab-1\" does not match ^[A-Z]{2,4}-[0-9]{3,6}$")
    e = like("Product Viewed", 7); e["event"] = "Wishlist Shared"
    e["properties"] = {"product_id": e["properties"]["product_id"], "channel": "whatsapp"}
    add(e, "UNPLANNED_EVENT", "/event", "`Wishlist Shared` is not in the plan")
    e = like("Product Viewed", 8); e["event"] = "Wishlist Shared"
    e["properties"] = {"product_id": e["properties"]["product_id"], "channel": "email"}
    add(e, "UNPLANNED_EVENT", "/event", "`Wishlist Shared` again, from another visitor")
    e = like("Product Added", 6); e["event"] = "Prodcut Added"
    add(e, "UNPLANNED_EVENT", "/event", "misspelled `Prodcut Added`")
    e = like("Order Completed", 5); e["event"] = "order completed"
    add(e, "UNPLANNED_EVENT", "/event", "`order completed` in the wrong case")
    e = like("Product Viewed", 9); e["properties"]["ab_bucket"] = "pdp-gallery-b"
    add(e, "UNPLANNED_PROPERTY", "/properties/ab_bucket", "unplanned property `ab_bucket`")
    e = like("Checkout Started", 1); e["properties"]["debug"] = True
    add(e, "UNPLANNED_PROPERTY", "/properties/debug", "unplanned property `debug`")
    e = like("identify", 4); e["traits"]["favorite_color"] = "teal"
    add(e, "UNPLANNED_PROPERTY", "/traits/favorite_color", "unplanned trait `favorite_color`")
    e = like("Order Completed", 6); e["properties"]["products"] = []
    add(e, "ITEMS", "/properties/products", "`Order Completed` with an empty `products` array")
    e = like("Product Viewed", 10); del e["type"]
    add(e, "MISSING_TYPE", "/type", "an object without `type`")
    e = like("Order Completed", 7); e["context"]["app"]["env"] = "test"
    add(e, "FILTERED_TEST_TRAFFIC", "/context/app/env",
        "valid, but internal test traffic (`context.app.env` is \"test\"): the filter drops it")
    e = like("Product Viewed", 11)
    e["context"]["userAgent"] = "PlumblineSynthetics/1.0 (+https://status.example.com)"
    add(e, "FILTERED_TEST_TRAFFIC", "/context/userAgent",
        "valid, but a synthetic monitor (user agent `PlumblineSynthetics`): the filter drops it")
    text = json.dumps(like("Cart Viewed", 1), separators=(",", ":"))
    add(text[: len(text) * 2 // 3], "NOT_JSON", "", "truncated line (a client cut off mid-flush)")
    text = json.dumps(like("Logged In", 1), separators=(",", ":"))
    add(text[:text.index('"method"') + 12], "NOT_JSON", "", "truncated inside a string")
    add('["track","Product Viewed",{"product_id":"p-1001"}]', "NOT_AN_OBJECT", "",
        "a JSON array, not an object")
    add('"Product Viewed"', "NOT_AN_OBJECT", "", "a bare JSON string")
    return bad


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    events = good_events()
    bad = bad_lines(events)
    lines = [(json.dumps(e, separators=(",", ":"), ensure_ascii=False), None) for e in events]
    # Spread the bad lines over the file, never two in a row, never first.
    slots = sorted(rng.sample(range(1, len(lines)), len(bad)))
    order = list(range(len(bad)))
    rng.shuffle(order)
    for offset, (slot, b) in enumerate(zip(slots, order)):
        e, code, pointer, what = bad[b]
        text = e if isinstance(e, str) else json.dumps(e, separators=(",", ":"),
                                                       ensure_ascii=False)
        lines.insert(slot + offset, (text, (code, pointer, what)))
    with open(os.path.join(OUT_DIR, "storefront-events.ndjson"), "w", encoding="utf-8",
              newline="\n") as f:
        for text, _ in lines:
            f.write(text + "\n")
    table = [(n, info) for n, (_, info) in enumerate(lines, start=1) if info]
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD.format(total=len(lines), bad=len(table),
                                   good=len(lines) - len(table),
                                   pct=round(100 * len(table) / len(lines))))
        f.write("| line | code | pointer | what is wrong |\n")
        f.write("|-----:|------|---------|---------------|\n")
        for n, (code, pointer, what) in table:
            f.write("| %d | %s | %s | %s |\n" % (n, code, "`%s`" % pointer if pointer else "",
                                                 what))
    print("wrote %d lines, %d bad" % (len(lines), len(table)))


README_HEAD = """# Storefront sample events

`storefront-events.ndjson` holds {total} events of the storefront pipeline
(`dev.plumbline.samples.StorefrontPipeline`), one JSON object per line: a few days of sessions of
signed-up customers and anonymous visitors on the web shop and the iOS app (home page, search,
category listing, product views, cart, checkout, payment, order), sign-ups followed by an identify
call, newsletter subscriptions, log-ins and two refunds sent by the support tool. Every event has a
`messageId` (UUID), an ISO-8601 `timestamp` and a `context` (ip, locale, userAgent, app, library).
Names, emails, phone numbers, addresses and IPs are made up (example domains, documentation IP
ranges).

{good} lines follow the tracking plan exactly. {bad} lines (about {pct}%) are bad the way real
traffic is bad; they are listed below. `code` is the violation the validator must report (the
codes of the design document), `pointer` the JSON pointer of the offending value. Four codes are
not plan violations: `NOT_JSON`, `NOT_AN_OBJECT` and `MISSING_TYPE` are lines a reader must reject
with their line number, and `FILTERED_TEST_TRAFFIC` marks valid events that the pipeline's first
step (a filter on `context.app.env == "test"` or a `PlumblineSynthetics` user agent) drops.

The file and this README are generated by `samples/tools/generate_storefront_events.py`
(deterministic; run it from the repository root and commit both files). The samples' tests check
that the table is exact: every line not listed parses to an object with a `type` and conforms to
the plan, and every listed line has the listed problem.

Some good lines show what the pipeline's steps are for: mixed-case emails (normalised),
`Product Viewed` and `Product Added` without `currency` (defaulted to USD), quantities sent as
`2.0` by the iOS app (cast to integers), a `context.debug` object (dropped), and an open `filters`
object on `Search Performed` carrying extra keys.

"""

if __name__ == "__main__":
    main()
